package am.haven.registration;

import java.util.List;

/**
 * A household as posted by the desk form or the API. Enumerations arrive as text so that a
 * wrong value becomes a field error rather than an unreadable body.
 */
public record HouseholdRequest(
        String registrationPoint,
        Origin origin,
        String currentAddress,
        String destination,
        String phone,
        List<String> phones,
        Consent consent,
        String notes,
        List<MemberRequest> members) {

    /** Where the household comes from. */
    public record Origin(String settlement, String region) {}

    /** What the household agreed its data may be used for. */
    public record Consent(boolean assistance, boolean tracing, boolean sharing) {
        public static final Consent NONE = new Consent(false, false, false);
    }
}
