package am.haven.shelter;

import am.haven.registration.HouseholdProfile;
import am.haven.registration.Sex;
import am.haven.shelter.allocation.HouseholdDemand;
import am.haven.shelter.allocation.SiteOffer;
import java.time.Year;
import java.util.Map;
import java.util.Set;

/** Translates registration's households and shelter's sites into the optimizer's records. */
final class Demands {

    static final int ADULT = 18;
    static final int OLDER = 60;
    static final int INFANT = 5;

    private Demands() {}

    static HouseholdDemand of(HouseholdProfile h, Year now) {
        ReceptionPoints.Point from = ReceptionPoints.of(h.registrationPoint());
        boolean accessible = h.members().stream().anyMatch(HouseholdProfile.Member::needsAccessibleSite);
        boolean womenAndChildren = h.members().stream().noneMatch(m -> m.sex() == Sex.M && !isChild(m, now));
        boolean vulnerable = h.members().stream().anyMatch(m -> m.hasSpecificNeed() || age(m, now) >= OLDER
                || (m.birthYear() != null && age(m, now) < INFANT));
        String preferred = Region.mentionedIn(h.destination()).map(Enum::name).orElse(null);
        return new HouseholdDemand(h.householdId(), Math.max(1, h.size()), accessible, womenAndChildren, vulnerable,
                preferred, h.originSettlement(), from.latitude(), from.longitude());
    }

    /** A person whose birth year is unknown counts as an adult: the safe side for women-and-children sites. */
    private static boolean isChild(HouseholdProfile.Member m, Year now) {
        return m.birthYear() != null && age(m, now) < ADULT;
    }

    private static int age(HouseholdProfile.Member m, Year now) {
        return m.birthYear() == null ? ADULT : now.getValue() - m.birthYear();
    }

    static SiteOffer of(Site s, Map<String, Set<String>> residentOrigins) {
        return new SiteOffer(s.id(), s.region().name(), s.capacity(), s.occupied(), s.accessible(), s.rule(),
                s.latitudeOrCentre(), s.longitudeOrCentre(), residentOrigins.getOrDefault(s.id(), Set.of()));
    }
}
