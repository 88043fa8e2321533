package am.haven.registration;

import java.util.List;

/** A household request that passed validation, in normalised form, ready to store. */
record NewHousehold(String registrationPoint, HouseholdRequest.Origin origin, String currentAddress,
                    String destination, List<String> phones, HouseholdRequest.Consent consent, String notes,
                    List<NewMember> members) {}
