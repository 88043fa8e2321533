/**
 * Registration: households, their members, documents, phones, needs and consent; the desk pages,
 * the household and person API, spreadsheet import ({@code ./haven import households}).
 *
 * <p><b>Owns</b> {@code household}, {@code household_phone}, {@code household_revision},
 * {@code person}, {@code person_document}, {@code person_need}, {@code idempotency_key} and
 * {@code number_block} (household numbers). Other features read persons through
 * {@link am.haven.registration.RegisteredPersons} or the report views, never these tables.
 *
 * <p><b>Write paths</b>: {@code RegistrationService.register} through the group-commit
 * {@code RegistrationWriter}; {@code RegistrationService.addMember} and the corrections in their
 * own transactions; {@link am.haven.registration.BulkRegistration} for the demo loader and
 * imports. Each writes the audit event in the same transaction, and each announces its changes
 * through {@code HouseholdChanges} only (issue 16 still asks for one writer behind all of them).
 *
 * <p><b>Emits</b>, inside the writing transaction: one entry per changed person in the change feed
 * ({@link am.haven.changes.ChangeFeed}, kinds REGISTERED, MEMBER_ADDED, CORRECTED), which matching,
 * the person and search indexes and tracing's case matching follow on every instance; and the
 * events {@link am.haven.registration.HouseholdRegistered} / {@link am.haven.registration.HouseholdCorrected},
 * which only {@code reports.ReportCounts} consumes (counts in the same transaction). <b>Consumes</b>
 * nothing; it asks de-duplication through {@link am.haven.registration.PersonIdentities} when a
 * clerk attaches a member to a known identity.
 */
package am.haven.registration;
