package am.haven.registration;

import java.util.List;

/** A correction of household-level fields; absent (null) fields are left as they are. */
public record HouseholdPatch(
        String registrationPoint,
        HouseholdRequest.Origin origin,
        String currentAddress,
        String destination,
        String phone,
        List<String> phones,
        HouseholdRequest.Consent consent,
        String notes) {}
