package am.haven.shelter;

import am.haven.match.normalize.Fold;
import am.haven.registration.HouseholdProfile;
import am.haven.registration.HouseholdProfiles;
import am.haven.shelter.allocation.Distances;
import am.haven.shelter.allocation.HardRules;
import am.haven.shelter.allocation.HouseholdDemand;
import am.haven.shelter.allocation.SiteOffer;
import am.haven.support.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The allocation review's site picker: for one proposal, the few open sites a coordinator could
 * move it to — sites with enough free beds whose rules take the household (the same rules a move
 * is checked against) — nearest to where the household was received first, narrowed by what the
 * coordinator typed (any script: "Goris" finds "Գորիս"). A handful per request, never the full list.
 */
@Service
public class SiteChooser {

    /** One site offered for a proposal, with its distance from the household's reception point. */
    public record Choice(Site site, double km) {}

    static final int LIMIT = 8;

    private final PlacementRepository placements;
    private final SiteRepository sites;
    private final HouseholdProfiles households;
    private final Clock clock;

    SiteChooser(PlacementRepository placements, SiteRepository sites, HouseholdProfiles households, Optional<Clock> clock) {
        this.placements = placements;
        this.sites = sites;
        this.households = households;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public List<Choice> forPlacement(String placementId, String query) {
        Placement p = placements.find(placementId).orElseThrow(() -> new NotFoundException("placement", placementId));
        HouseholdProfile h = households.byIds(List.of(p.householdId())).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("household", p.householdId()));
        HouseholdDemand demand = Demands.of(h, LocalDate.now(clock));
        String wanted = Fold.words(query);
        return sites.list(null, SiteStatus.OPEN).stream()
                .filter(s -> !s.id().equals(p.siteId()))
                .filter(s -> s.free() >= p.persons())
                .filter(s -> takes(demand, s))
                .filter(s -> wanted == null || matches(s, wanted))
                .map(s -> new Choice(s, Distances.km(demand.latitude(), demand.longitude(),
                        s.latitudeOrCentre(), s.longitudeOrCentre())))
                .sorted(Comparator.comparingDouble(Choice::km).thenComparing(c -> c.site().name()))
                .limit(LIMIT)
                .toList();
    }

    private static boolean takes(HouseholdDemand demand, Site s) {
        SiteOffer offer = Demands.of(s, Map.of());
        return HardRules.whyNot(demand, offer) == null;
    }

    /** Every typed word appears in the site's name, address or region, compared in Latin folding. */
    private static boolean matches(Site s, String wanted) {
        String text = " " + Fold.words(String.join(" ", s.name(), s.address() == null ? "" : s.address(),
                s.region().name().replace('_', ' '))) + " ";
        for (String w : wanted.split(" ")) if (!text.contains(w)) return false;
        return true;
    }
}
