/**
 * Registration: households, their members, documents, phones, needs and consent; the desk pages,
 * the household and person API, spreadsheet import ({@code ./haven import households}).
 *
 * <p><b>Owns</b> {@code household}, {@code household_phone}, {@code household_revision},
 * {@code person}, {@code person_document}, {@code person_need}, {@code idempotency_key} and
 * {@code number_block} (household numbers). Other features read persons through
 * {@link am.haven.registration.RegisteredPersons} or the report views, never these tables.
 *
 * <p><b>Write paths today</b> (issue 16 asks for one): {@code RegistrationService.register} through
 * the group-commit {@code RegistrationWriter}; {@code RegistrationService.addMember} and the
 * corrections in their own transactions; {@link am.haven.registration.BulkRegistration} for the
 * demo loader and imports. Each writes the audit event in the same transaction.
 *
 * <p><b>Emits</b>, inside the writing transaction, {@link am.haven.registration.HouseholdRegistered}
 * and {@link am.haven.registration.HouseholdCorrected}. Consumed by {@code dedup.MatchWorker}
 * (a {@code match_pending} marker before commit, a nudge after), {@code tracing.TracingWorker}
 * (a {@code tracing_index_change} row before commit, indexing after) and
 * {@code reports.ReportCounts} (counts before commit). <b>Consumes</b> nothing; it asks
 * de-duplication through {@link am.haven.registration.PersonIdentities} when a clerk attaches a
 * member to a known identity.
 */
package am.haven.registration;
