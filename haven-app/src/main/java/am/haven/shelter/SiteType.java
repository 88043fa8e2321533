package am.haven.shelter;

/** Kind of accommodation. Stored by name. */
public enum SiteType { HOTEL, DORMITORY, COLLECTIVE_CENTRE, HOST_FAMILY, RENTED_FLAT, OTHER }
