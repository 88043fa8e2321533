package am.haven.shelter;

import am.haven.shelter.allocation.SiteRule;

/** A site's fields after validation. */
record SiteFields(String name, SiteType type, Region region, String address, Double latitude, Double longitude,
                  int capacity, Integer rooms, Integer roomSize, boolean accessible, boolean groundFloorBeds,
                  boolean familyRooms, boolean kitchen, boolean heating, boolean medicalPoint, SiteRule rule,
                  SiteStatus status, String contactName, String contactPhone) {}
