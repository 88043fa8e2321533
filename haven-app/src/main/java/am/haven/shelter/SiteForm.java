package am.haven.shelter;

import java.util.ArrayList;
import java.util.List;

/** The site form as typed: text everywhere, so what the coordinator typed comes back with the problems. */
public class SiteForm {

    private String name = "";
    private String type = "HOTEL";
    private String region = "";
    private String address = "";
    private String latitude = "";
    private String longitude = "";
    private String capacity = "";
    private String rooms = "";
    private String roomSize = "";
    private List<String> features = new ArrayList<>();
    private String rule = "NONE";
    private String status = "OPEN";
    private String contactName = "";
    private String contactPhone = "";

    static SiteForm of(Site s) {
        SiteForm f = new SiteForm();
        f.name = s.name();
        f.type = s.type().name();
        f.region = s.region().name();
        f.address = nz(s.address());
        f.latitude = s.latitude() == null ? "" : s.latitude().toString();
        f.longitude = s.longitude() == null ? "" : s.longitude().toString();
        f.capacity = String.valueOf(s.capacity());
        f.rooms = s.rooms() == null ? "" : s.rooms().toString();
        f.roomSize = s.roomSize() == null ? "" : s.roomSize().toString();
        if (s.accessible()) f.features.add("ACCESSIBLE");
        if (s.groundFloorBeds()) f.features.add("GROUND_FLOOR_BEDS");
        if (s.familyRooms()) f.features.add("FAMILY_ROOMS");
        if (s.kitchen()) f.features.add("KITCHEN");
        if (s.heating()) f.features.add("HEATING");
        if (s.medicalPoint()) f.features.add("MEDICAL_POINT");
        f.rule = s.rule().name();
        f.status = s.status().name();
        f.contactName = nz(s.contactName());
        f.contactPhone = nz(s.contactPhone());
        return f;
    }

    /** The request this form makes; numbers that do not parse are reported as field problems by {@code problems}. */
    SiteRequest toRequest(List<am.haven.support.FieldProblem> problems) {
        return new SiteRequest(name, type, region, address, decimal("latitude", latitude, problems),
                decimal("longitude", longitude, problems), whole("capacity", capacity, problems),
                whole("rooms", rooms, problems), whole("roomSize", roomSize, problems), null, null, null, null, null, null,
                features, rule, status, contactName, contactPhone);
    }

    private static Integer whole(String field, String s, List<am.haven.support.FieldProblem> problems) {
        if (s == null || s.isBlank()) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            problems.add(new am.haven.support.FieldProblem(field, "must be a whole number"));
            return null;
        }
    }

    private static Double decimal(String field, String s, List<am.haven.support.FieldProblem> problems) {
        if (s == null || s.isBlank()) return null;
        try {
            return Double.valueOf(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new am.haven.support.FieldProblem(field, "must be a number"));
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String v) { latitude = v; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String v) { longitude = v; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String v) { capacity = v; }
    public String getRooms() { return rooms; }
    public void setRooms(String v) { rooms = v; }
    public String getRoomSize() { return roomSize; }
    public void setRoomSize(String v) { roomSize = v; }
    public List<String> getFeatures() { return features; }
    public void setFeatures(List<String> v) { features = v == null ? new ArrayList<>() : v; }
    public String getRule() { return rule; }
    public void setRule(String v) { rule = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
}
