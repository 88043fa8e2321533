/**
 * Situation reports, the dashboard and HXL exports (issue 7): aggregates only, never a person.
 *
 * <p>Decisions a reader needs:
 * <ul>
 *   <li><b>What is counted.</b> {@code persons} and {@code registrations} count person records
 *       (raw registrations: a person registered twice counts twice); {@code distinctPersons} counts
 *       identities from de-duplication (a record not yet matched counts as its own identity) that
 *       have at least one record the filter selects; {@code households} counts households
 *       registered in the range. Every breakdown counts person records unless its name says
 *       otherwise.</li>
 *   <li><b>Days and ages.</b> A person counts on the local day ({@code haven.reports.zone}, default
 *       Asia/Yerevan) its record was created, taken as the day its UTC hour starts on (exact for
 *       whole-hour offsets). The age band is the age on the UTC day of registration, never
 *       recomputed: the dashboard, the API and every export describe who arrived, as they were when
 *       they arrived, and yesterday's figures do not change when someone has a birthday. A birth
 *       date known to the year counts as 1 July, to the month as the 15th: haven-match's
 *       {@code PartialDate.ageOn}, which the view {@code report_person} (V45) mirrors in SQL.</li>
 *   <li><b>Small counts.</b> Exports (CSV, XLSX) and the printed sitrep publish Haven's counts from
 *       1 to 4 as {@code <5}; zero stays 0. The JSON API and the dashboard, both only for signed-in
 *       ANALYST and ADMIN users, show exact figures so they can be checked against records.
 *       Figures reported by outside sources and shelter bed counts are published as they are.
 *       There is no secondary suppression: a total next to one suppressed cell can reveal it.</li>
 *   <li><b>Outside figures</b> ({@link am.haven.reports.ReportedFigure}) live in their own table and
 *       are shown in their own section with source and verification level, never added to
 *       Haven's counts.</li>
 *   <li><b>Speed and correctness.</b> Figures are read from counts by local day, registration
 *       point, origin region and the breakdown's own dimension ({@code report_*_count}, a few
 *       thousand rows at a million persons), which {@link am.haven.reports.ReportCounts} changes in
 *       the same transaction as every registration, correction, added member and identity change,
 *       using a fact row per record to take back exactly what the record counted for before. There
 *       is no cache: every answer is computed from committed counts, on every instance sharing a
 *       database. The day counts are rebuilt from the facts at start-up if the zone changed, so
 *       every instance sharing a database must be configured with the same zone.</li>
 * </ul>
 */
package am.haven.reports;
