package am.haven.shelter;

import am.haven.match.normalize.PartialDate;
import am.haven.registration.HouseholdProfile;
import am.haven.registration.Sex;
import am.haven.shelter.allocation.HouseholdDemand;
import am.haven.shelter.allocation.SiteOffer;
import java.time.LocalDate;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** Translates registration's households and shelter's sites into the optimizer's records. */
final class Demands {

    static final int ADULT = 18;
    static final int OLDER = 60;
    static final int INFANT = 5;

    private Demands() {}

    static HouseholdDemand of(HouseholdProfile h, LocalDate today) {
        ReceptionPoints.Point from = ReceptionPoints.of(h.registrationPoint());
        boolean accessible = h.members().stream().anyMatch(HouseholdProfile.Member::needsAccessibleSite);
        boolean womenAndChildren = h.members().stream().noneMatch(m -> m.sex() == Sex.M && !isChild(m, today));
        boolean vulnerable = h.members().stream().anyMatch(m -> m.hasSpecificNeed() || isOlderOrInfant(m, today));
        String preferred = Region.mentionedIn(h.destination()).map(Enum::name).orElse(null);
        return new HouseholdDemand(h.householdId(), Math.max(1, h.size()), accessible, womenAndChildren, vulnerable,
                preferred, h.originSettlement(), from.latitude(), from.longitude());
    }

    /** A person whose birth year is unknown counts as an adult: the safe side for women-and-children sites. */
    private static boolean isChild(HouseholdProfile.Member m, LocalDate today) {
        OptionalInt age = PartialDate.ageOn(m.birthDate(), today);
        return age.isPresent() && age.getAsInt() < ADULT;
    }

    /** A person whose birth date is unknown is neither: vulnerability needs evidence. */
    private static boolean isOlderOrInfant(HouseholdProfile.Member m, LocalDate today) {
        OptionalInt age = PartialDate.ageOn(m.birthDate(), today);
        return age.isPresent() && (age.getAsInt() >= OLDER || age.getAsInt() < INFANT);
    }

    static SiteOffer of(Site s, Map<String, Set<String>> residentOrigins) {
        return new SiteOffer(s.id(), s.region().name(), s.capacity(), s.occupied(), s.accessible(), s.rule(),
                s.latitudeOrCentre(), s.longitudeOrCentre(), residentOrigins.getOrDefault(s.id(), Set.of()));
    }
}
