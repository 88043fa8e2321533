/**
 * Tracing: cross-script search for people, tracing cases with notes and candidates, the public
 * finder, family links and PFIF 1.4 import and export.
 *
 * <p><b>Owns</b> {@code tracing_case}, {@code tracing_case_event}, {@code tracing_candidate},
 * {@code tracing_note}, {@code family_link} and {@code public_query}.
 *
 * <p><b>Consumes</b> the change feed: {@code TracingWorker} keeps this instance's {@code SearchIndex}
 * as a projection of it, and {@code CaseMatcher} is the shared consumer {@code tracing-cases}
 * (new and corrected persons against the open cases, once across all instances). The
 * {@code SearchIndex} is still a second in-memory copy of every person beside de-duplication's
 * {@code PersonIndex} (issue 16 merges the two). <b>Emits</b> no events.
 * A person whose household withdrew consent to tracing is never shown by the public finder.
 */
package am.haven.tracing;
