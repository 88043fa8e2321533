/**
 * De-duplication: identities (resolved real persons) over person records, live matching of new
 * records, the review queue, human decisions, the linkage model and relink jobs.
 *
 * <p><b>Owns</b> {@code identity_member}, {@code identity_event}, {@code identity_operation},
 * {@code machine_link}, {@code match_decision}, {@code review_item}, {@code linkage_model},
 * {@code relink_job} and {@code match_pending} (durable "to be matched" markers). Reports read
 * identities through the view {@code report_person_identity}; assistance reads
 * {@code identity_member} read-only.
 *
 * <p><b>Consumes</b> registration's {@code HouseholdRegistered} / {@code HouseholdCorrected}
 * ({@link am.haven.dedup.MatchWorker}: a marker in the registering transaction, matching on its
 * own thread after commit). <b>Emits</b> {@link am.haven.dedup.IdentityChanged} for every record
 * that moves identity, inside the moving transaction (today from {@code IdentityRepository};
 * issue 16 moves it to the services), consumed by {@code reports.ReportCounts}.
 *
 * <p>{@link am.haven.dedup.PersonIndex} is this instance's in-memory index of every record, built
 * at start-up and caught up with other instances from {@code identity_member.assigned_at} every
 * few seconds. Machine guesses and human decisions are stored apart; a human decision always wins.
 */
package am.haven.dedup;
