/**
 * Cash assistance (issue 18): programmes, eligibility as CEL rules, entitlements per identity,
 * payment lists with maker–checker approval, the bank's file, reconciliation, recovery and
 * missed-payment cases, payee accounts.
 *
 * <p>Decisions a reader needs:
 * <ul>
 *   <li><b>What it owns.</b> Tables {@code assistance_programme} and {@code assistance_programme_version}
 *       (every version of a programme's amount and rules; a cycle names the version it was drafted
 *       with), {@code assistance_cycle}, {@code assistance_line}, {@code assistance_export},
 *       {@code assistance_reconciliation}, {@code assistance_case}, {@code assistance_case_note},
 *       {@code assistance_account} and {@code assistance_list_entry} (migrations V50–V59).</li>
 *   <li><b>What it reads.</b> Only the views meant for it: {@code assistance_person} (a person record,
 *       its household's consent and origin, and its identity from de-duplication's
 *       {@code identity_member}; a record not yet matched is its own identity),
 *       {@code assistance_person_need} and {@code assistance_placement} (current bed bookings with
 *       the site). It never writes another feature's table.</li>
 *   <li><b>One line per real person.</b> A cycle decides once per identity (PERSON programmes) or
 *       per household identity (HOUSEHOLD programmes: households that share any person identity are
 *       one household registered twice). Every unit gets a line, ineligible ones with amount 0 and
 *       status INELIGIBLE, so every decision has its reason. A line's {@code lead_person_id} is the
 *       earliest record of the identity: it is the real person the line paid. A one-off programme
 *       does not pay a unit any of whose records led a paid (or not yet answered) line; after a
 *       split, whoever keeps that record was paid and the other is paid in the next cycle.</li>
 *   <li><b>Consent.</b> A household that did not consent to assistance is never paid, whatever the
 *       rules; with no rule, everyone else is eligible.</li>
 *   <li><b>Rules.</b> CEL expressions over typed facts ({@link am.haven.assistance.Facts}), checked at
 *       creation (a bad one is a 400 naming {@code eligibility[i]}). A failed rule's reason cites the
 *       facts it read; reasons are stored as codes with values ({@link am.haven.assistance.Reason})
 *       and rendered in hy, ru or en by {@link am.haven.assistance.ReasonText}.</li>
 *   <li><b>Maker–checker and immutability.</b> The officer who drafted a cycle cannot approve it
 *       (409). A draft may be discarded; an approved cycle's lines never change except for the
 *       bank's answer. The next cycle cannot be drafted while one is a draft.</li>
 *   <li><b>Bank files.</b> CSV (the same bytes every time) and XLSX, payable lines only, with a
 *       closing TOTAL row (line count, sum); every export is recorded with its SHA-256 and audited.
 *       A result file is refused whole, naming each problem, and nothing is written, when any row
 *       names an unknown line, repeats a line, changes an amount, contradicts an earlier answer, or
 *       its TOTAL row disagrees. FAILED and RETURNED lines are carried into the next cycle (a
 *       monthly line adds them to this month's amount; a one-off pays the failed amount again).</li>
 *   <li><b>Accounts.</b> Numbers are shown to ASSISTANCE and ADMIN only, masked for REGISTRAR and
 *       CASEWORKER, refused to others; every read writes an audit event. The bank file, exported
 *       only by ASSISTANCE and ADMIN, carries full numbers and is audited as an export.</li>
 * </ul>
 *
 * <p>Events consumed: identity decisions, through {@link am.haven.assistance.AssistanceCases#identitiesMerged}
 * and {@link am.haven.assistance.AssistanceCases#identitySplit}, to be called by the change-feed
 * consumer after each merge or split has committed (at least once is safe: a decision opens each
 * case once). Events emitted: none; audit events for every create, approval, export, reconciliation
 * and account read.
 */
package am.haven.assistance;
