package am.haven.registration;

import java.util.List;

/**
 * Published inside the transaction that corrected a household's fields or one of its members, so
 * features that derive data from registrations (identities, the tracing index, report counts) can
 * bring it up to date. {@code personIds} are the person records whose derived data may have
 * changed: every member for a household-level correction, the one member otherwise.
 */
public record HouseholdCorrected(String householdId, List<String> personIds) {}
