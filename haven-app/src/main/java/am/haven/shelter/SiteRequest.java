package am.haven.shelter;

import java.util.List;

/**
 * A site as posted by the form, the API or one row of an import. Enumerations and numbers arrive
 * loosely typed so a wrong value becomes a named field error. {@code features} may list
 * ACCESSIBLE, GROUND_FLOOR_BEDS, FAMILY_ROOMS, KITCHEN, HEATING, MEDICAL_POINT as an alternative
 * to the booleans.
 */
public record SiteRequest(String name, String type, String region, String address, Double latitude, Double longitude,
                          Integer capacity, Integer rooms, Integer roomSize, Boolean accessible,
                          Boolean groundFloorBeds, Boolean familyRooms, Boolean kitchen, Boolean heating,
                          Boolean medicalPoint, List<String> features, String rule, String status,
                          String contactName, String contactPhone) {}
