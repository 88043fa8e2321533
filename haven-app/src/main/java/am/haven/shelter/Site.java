package am.haven.shelter;

import am.haven.shelter.allocation.SiteRule;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An accommodation site with its occupancy, which is derived from placements ({@code occupied} =
 * persons in confirmed and checked-in placements), never edited by hand.
 */
public record Site(String id, String name, SiteType type, Region region, String address, Double latitude,
                   Double longitude, int capacity, Integer rooms, Integer roomSize, boolean accessible,
                   boolean groundFloorBeds, boolean familyRooms, boolean kitchen, boolean heating,
                   boolean medicalPoint, SiteRule rule, SiteStatus status, String contactName, String contactPhone,
                   String createdAt, String updatedAt, int version, int occupied) {

    @JsonProperty("free")
    public int free() {
        return Math.max(0, capacity - occupied);
    }

    /** Share of beds taken, 0–100, for occupancy bars. */
    @JsonIgnore
    public int percentFull() {
        return capacity == 0 ? 100 : (int) Math.min(100, Math.round(100.0 * occupied / capacity));
    }

    @JsonIgnore
    public double latitudeOrCentre() {
        return latitude != null ? latitude : region.latitude();
    }

    @JsonIgnore
    public double longitudeOrCentre() {
        return longitude != null ? longitude : region.longitude();
    }
}
