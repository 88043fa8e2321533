/**
 * De-duplication: identities (resolved real persons) over person records, live matching of new
 * records, the review queue, human decisions, the linkage model and relink jobs.
 *
 * <p><b>Owns</b> {@code identity_member}, {@code identity_event}, {@code identity_operation},
 * {@code machine_link}, {@code match_decision}, {@code review_item}, {@code linkage_model},
 * {@code relink_job}. Reports read
 * identities through the view {@code report_person_identity}; assistance reads
 * {@code identity_member} read-only.
 *
 * <p><b>Consumes</b> the change feed: {@link am.haven.dedup.PersonIndex} is this instance's
 * projection (built at start-up, then every entry applied in order); {@link am.haven.dedup.MatchWorker}
 * is the shared consumer {@code matching}, which places each batch and moves the one cursor all
 * instances share in the same transaction. <b>Emits</b> {@link am.haven.dedup.IdentityChanged} for
 * every record that moves identity, inside the moving transaction (still from
 * {@code IdentityRepository}), consumed by {@code reports.ReportCounts}. Machine guesses and human
 * decisions are stored apart; a human decision always wins.
 */
package am.haven.dedup;
