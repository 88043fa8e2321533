package am.haven.shelter;

import am.haven.shelter.allocation.SiteRule;
import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a site request field by field and reports every problem at once. */
final class SiteValidator {

    static final int MAX_CAPACITY = 100_000;
    private static final Set<String> FEATURES = Set.of("ACCESSIBLE", "GROUND_FLOOR_BEDS", "FAMILY_ROOMS", "KITCHEN",
            "HEATING", "MEDICAL_POINT");

    private SiteValidator() {}

    /** Validates, naming fields with {@code prefix} (e.g. "rows[3]." for an import). */
    static SiteFields validate(SiteRequest r, String prefix, List<FieldProblem> problems) {
        String name = trim(r.name());
        if (name == null) problems.add(new FieldProblem(prefix + "name", "must not be empty"));
        else if (name.length() > 200) problems.add(new FieldProblem(prefix + "name", "must be at most 200 characters"));
        SiteType type = parse(SiteType.class, r.type(), SiteType.OTHER, prefix + "type", problems);
        Region region = null;
        if (trim(r.region()) == null) problems.add(new FieldProblem(prefix + "region", "must not be empty"));
        else {
            region = Region.parse(r.region()).orElse(null);
            if (region == null) {
                problems.add(new FieldProblem(prefix + "region", "unknown region '" + r.region() + "'; one of "
                        + Arrays.stream(Region.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        if (r.capacity() == null) problems.add(new FieldProblem(prefix + "capacity", "must be given (beds)"));
        else if (r.capacity() < 0 || r.capacity() > MAX_CAPACITY) {
            problems.add(new FieldProblem(prefix + "capacity", "must be from 0 to " + MAX_CAPACITY));
        }
        if (r.latitude() != null && (r.latitude() < -90 || r.latitude() > 90)) {
            problems.add(new FieldProblem(prefix + "latitude", "must be from -90 to 90"));
        }
        if (r.longitude() != null && (r.longitude() < -180 || r.longitude() > 180)) {
            problems.add(new FieldProblem(prefix + "longitude", "must be from -180 to 180"));
        }
        if ((r.latitude() == null) != (r.longitude() == null)) {
            problems.add(new FieldProblem(prefix + (r.latitude() == null ? "latitude" : "longitude"),
                    "give both coordinates or neither"));
        }
        if (r.rooms() != null && r.rooms() < 0) problems.add(new FieldProblem(prefix + "rooms", "must not be negative"));
        if (r.roomSize() != null && r.roomSize() < 1) problems.add(new FieldProblem(prefix + "roomSize", "must be at least 1"));
        Set<String> features = Set.of();
        if (r.features() != null) {
            features = r.features().stream().map(f -> f == null ? "" : f.strip().toUpperCase(Locale.ROOT).replace(' ', '_'))
                    .collect(Collectors.toSet());
            for (String f : features) {
                if (!FEATURES.contains(f)) problems.add(new FieldProblem(prefix + "features", "unknown feature '" + f + "'"));
            }
        }
        SiteRule rule = parse(SiteRule.class, r.rule(), SiteRule.NONE, prefix + "rule", problems);
        SiteStatus status = parse(SiteStatus.class, r.status(), SiteStatus.OPEN, prefix + "status", problems);
        String address = trim(r.address());
        if (address != null && address.length() > 500) problems.add(new FieldProblem(prefix + "address", "must be at most 500 characters"));
        if (!problems.isEmpty()) return null;
        return new SiteFields(name, type, region, address, r.latitude(), r.longitude(), r.capacity(), r.rooms(),
                r.roomSize(), flag(r.accessible(), features, "ACCESSIBLE"),
                flag(r.groundFloorBeds(), features, "GROUND_FLOOR_BEDS"), flag(r.familyRooms(), features, "FAMILY_ROOMS"),
                flag(r.kitchen(), features, "KITCHEN"), flag(r.heating(), features, "HEATING"),
                flag(r.medicalPoint(), features, "MEDICAL_POINT"), rule, status, trim(r.contactName()), trim(r.contactPhone()));
    }

    static SiteFields validate(SiteRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        SiteFields f = validate(r, "", problems);
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        return f;
    }

    private static boolean flag(Boolean value, Set<String> features, String feature) {
        return Boolean.TRUE.equals(value) || features.contains(feature);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, E absent, String field, List<FieldProblem> problems) {
        if (trim(text) == null) return absent;
        String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E e : type.getEnumConstants()) if (e.name().equals(key)) return e;
        problems.add(new FieldProblem(field, "unknown value '" + text + "'; one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
