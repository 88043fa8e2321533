package am.haven.shelter;

import am.haven.registration.HouseholdProfile;
import am.haven.registration.HouseholdProfiles;
import am.haven.security.AuditLog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Who is at a site (and who is expected), for shelter coordinators: names, sex, birth year and
 * "needs an accessible site" — no other specific need is shown. Every read is audited.
 */
@Service
public class SiteResidents {

    public record Resident(String placementId, PlacementStatus status, String householdId, String householdNumber,
                           int persons, String origin, String checkedInAt, List<Member> members) {}

    public record Member(String givenName, String familyName, String sex, Integer birthYear, boolean needsAccessibleSite) {}

    private final PlacementRepository placements;
    private final HouseholdProfiles households;
    private final AuditLog audit;

    SiteResidents(PlacementRepository placements, HouseholdProfiles households, AuditLog audit) {
        this.placements = placements;
        this.households = households;
        this.audit = audit;
    }

    public List<Resident> of(String siteId) {
        List<Placement> ps = placements.atSite(siteId, List.of(PlacementStatus.CHECKED_IN, PlacementStatus.CONFIRMED));
        Map<String, HouseholdProfile> byId = new HashMap<>();
        households.byIds(ps.stream().map(Placement::householdId).toList()).forEach(h -> byId.put(h.householdId(), h));
        if (!byId.isEmpty()) audit.recordRead("household", List.copyOf(byId.keySet()), "site residents site=" + siteId);
        return ps.stream().map(p -> {
            HouseholdProfile h = byId.get(p.householdId());
            List<Member> members = h == null ? List.of() : h.members().stream()
                    .map(m -> new Member(m.givenName(), m.familyName(), m.sex().name(), m.birthYear(), m.needsAccessibleSite()))
                    .toList();
            return new Resident(p.id(), p.status(), p.householdId(), h == null ? null : h.number(), p.persons(),
                    p.origin(), p.checkedInAt(), members);
        }).toList();
    }
}
