/**
 * Tracing: cross-script search for people, tracing cases with notes and candidates, the public
 * finder, family links and PFIF 1.4 import and export.
 *
 * <p><b>Owns</b> {@code tracing_case}, {@code tracing_case_event}, {@code tracing_candidate},
 * {@code tracing_note}, {@code family_link}, {@code public_query} and {@code tracing_index_change}.
 *
 * <p><b>Consumes</b> registration's {@code HouseholdRegistered} / {@code HouseholdCorrected}
 * ({@code TracingWorker}: a {@code tracing_index_change} row inside the writing transaction for
 * the other instances, then indexing and case matching on its own thread after commit;
 * {@code IndexFollower} reads the other instances' rows every two seconds with a 60-second
 * overlap). The {@code SearchIndex} is this instance's own in-memory copy of every person, apart
 * from de-duplication's {@code PersonIndex} (issue 16 merges the two). <b>Emits</b> no events.
 * A person whose household withdrew consent to tracing is never shown by the public finder.
 */
package am.haven.tracing;
