/**
 * Situation reports, the dashboard and HXL exports (issue 7): aggregates only, never a person.
 *
 * <p>Decisions a reader needs:
 * <ul>
 *   <li><b>What is counted.</b> {@code persons} and {@code registrations} count person records
 *       (raw registrations: a person registered twice counts twice); {@code distinctPersons} counts
 *       identities from de-duplication through the {@code report_person_identity} view (a record
 *       not yet matched counts as its own identity); {@code households} counts households
 *       registered in the range. Every breakdown counts person records unless its name says
 *       otherwise.</li>
 *   <li><b>Days and ages.</b> A person counts on the local day ({@code haven.reports.zone}, default
 *       Asia/Yerevan) its record was created; SQL groups by UTC hour and Java folds hours into
 *       local days, exact for whole-hour offsets. Age is taken on the UTC day of registration; a
 *       birth date known to the year counts as 1 July, to the month as the 15th.</li>
 *   <li><b>Small counts.</b> Exports (CSV, XLSX) and the printed sitrep publish Haven's counts from
 *       1 to 4 as {@code <5}; zero stays 0. The JSON API and the dashboard, both only for signed-in
 *       ANALYST and ADMIN users, show exact figures so they can be checked against records.
 *       Figures reported by outside sources and shelter bed counts are published as they are.
 *       There is no secondary suppression: a total next to one suppressed cell can reveal it.</li>
 *   <li><b>Outside figures</b> ({@link am.haven.reports.ReportedFigure}) live in their own table and
 *       are shown in their own section with source and verification level, never added to
 *       Haven's counts.</li>
 *   <li><b>Speed.</b> {@link am.haven.reports.ReportCache} reuses answers while the
 *       {@code report_data_version} view is unchanged (see docs/benchmarks.md for what that does
 *       and does not achieve at a million persons).</li>
 * </ul>
 */
package am.haven.reports;
