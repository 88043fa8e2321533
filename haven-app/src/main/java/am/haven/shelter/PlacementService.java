package am.haven.shelter;

import am.haven.registration.HouseholdProfile;
import am.haven.registration.HouseholdProfiles;
import am.haven.security.AuditLog;
import am.haven.shelter.allocation.HardRules;
import am.haven.support.ConflictException;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import am.haven.support.Timestamps;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A placement's lifecycle. Confirming (and transferring) books beds: the site row is locked first,
 * then its occupancy is summed and checked against its capacity in the same transaction, so two
 * coordinators confirming at the same moment can never overbook a site.
 */
@Service
public class PlacementService {

    private final PlacementRepository placements;
    private final SiteRepository sites;
    private final HouseholdProfiles households;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    PlacementService(PlacementRepository placements, SiteRepository sites, HouseholdProfiles households, AuditLog audit,
                     PlatformTransactionManager txManager, Optional<Clock> clock) {
        this.placements = placements;
        this.sites = sites;
        this.households = households;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Placement get(String id) {
        return placements.find(id).orElseThrow(() -> new NotFoundException("placement", id));
    }

    public List<Placement> ofHousehold(String householdId) {
        return placements.ofHousehold(householdId);
    }

    /** A coordinator's own proposal (an edit of the optimizer's): replaces the household's other proposals. */
    public Placement propose(String householdId, String siteId) {
        return propose(householdId, siteId, null);
    }

    /** Moves a proposal to another site; the new proposal stays in the same review (allocation run). */
    public Placement move(String placementId, String siteId) {
        Placement p = get(placementId);
        if (p.status() != PlacementStatus.PROPOSED) {
            throw new ConflictException("placement " + placementId + " is " + p.status() + "; only PROPOSED can be moved");
        }
        return propose(p.householdId(), siteId, p.runId());
    }

    private Placement propose(String householdId, String siteId, String runId) {
        HouseholdProfile h = profile(householdId, "householdId");
        Site site = sites.find(siteId).orElseThrow(() -> InvalidRequestException.of("siteId", "no site " + siteId));
        String why = HardRules.whyNot(Demands.of(h, LocalDate.now(clock)), Demands.of(site, Map.of()));
        if (why != null) throw InvalidRequestException.of("siteId", why);
        if (site.status() == SiteStatus.CLOSED) throw InvalidRequestException.of("siteId", "the site is closed");
        String now = now();
        Placement p = new Placement(Ids.newId(), householdId, siteId, runId, Math.max(1, h.size()), h.originSettlement(),
                PlacementStatus.PROPOSED, null, now, null, null, null, null, AuditLog.currentActor(), 1);
        tx.executeWithoutResult(s -> {
            placements.supersedeProposals(List.of(householdId), AuditLog.currentActor());
            placements.insert(p);
            audit.record("CREATE", "placement", p.id(), "household=" + householdId + " site=" + siteId);
        });
        return get(p.id());
    }

    public Placement confirm(String id) {
        return booking(() -> tx.execute(s -> {
            Placement p = get(id);
            requireStatus(p, PlacementStatus.PROPOSED, "confirmed");
            book(p.siteId(), p.householdId(), p.persons());
            if (placements.changeStatus(id, PlacementStatus.PROPOSED, PlacementStatus.CONFIRMED, "confirmed_at", now(),
                    AuditLog.currentActor()) == 0) {
                throw new ConflictException("placement " + id + " was changed meanwhile");
            }
            audit.record("UPDATE", "placement", id, "confirm site=" + p.siteId());
            return get(id);
        }));
    }

    public Placement checkIn(String id) {
        return move(id, PlacementStatus.CONFIRMED, PlacementStatus.CHECKED_IN, "checked_in_at", "check-in");
    }

    public Placement checkOut(String id) {
        return move(id, PlacementStatus.CHECKED_IN, PlacementStatus.CHECKED_OUT, "ended_at", "check-out");
    }

    /** Withdraws a proposal or a confirmed booking (no-show); the beds are free again. */
    public Placement cancel(String id) {
        return tx.execute(s -> {
            Placement p = get(id);
            if (p.status() != PlacementStatus.PROPOSED && p.status() != PlacementStatus.CONFIRMED) {
                throw new ConflictException("placement " + id + " is " + p.status() + "; only PROPOSED or CONFIRMED can be cancelled");
            }
            placements.changeStatus(id, p.status(), PlacementStatus.CANCELLED, "ended_at", now(), AuditLog.currentActor());
            audit.record("UPDATE", "placement", id, "cancel");
            return get(id);
        });
    }

    /** Moves a confirmed or checked-in household to another site; the new placement is confirmed there. */
    public Placement transfer(String id, String toSiteId) {
        Placement from = get(id);
        Site to = sites.find(toSiteId).orElseThrow(() -> InvalidRequestException.of("siteId", "no site " + toSiteId));
        if (to.id().equals(from.siteId())) throw InvalidRequestException.of("siteId", "is the site the household is at");
        HouseholdProfile h = profile(from.householdId(), "householdId");
        String why = HardRules.whyNot(Demands.of(h, LocalDate.now(clock)), Demands.of(to, Map.of()));
        if (why != null) throw InvalidRequestException.of("siteId", why);
        String newId = Ids.newId();
        booking(() -> tx.execute(s -> {
            Placement p = get(id);
            if (p.status() != PlacementStatus.CONFIRMED && p.status() != PlacementStatus.CHECKED_IN) {
                throw new ConflictException("placement " + id + " is " + p.status() + "; only CONFIRMED or CHECKED_IN can be transferred");
            }
            String now = now();
            placements.changeStatus(id, p.status(), PlacementStatus.TRANSFERRED, "ended_at", now, AuditLog.currentActor());
            placements.markTransferred(id, newId);
            book(toSiteId, p.householdId(), p.persons());
            placements.insert(new Placement(newId, p.householdId(), toSiteId, null, p.persons(), p.origin(),
                    PlacementStatus.CONFIRMED, null, now, now, null, null, null, AuditLog.currentActor(), 1));
            audit.record("UPDATE", "placement", id, "transfer to=" + newId + " site=" + toSiteId);
            return newId;
        }));
        return get(newId);
    }

    /** Inside the caller's transaction: lock the site, then check the beds (see the class comment). */
    private void book(String siteId, String householdId, int persons) {
        if (!sites.lockForBooking(siteId)) throw new NotFoundException("site", siteId);
        Site site = sites.find(siteId).orElseThrow();
        if (site.status() == SiteStatus.CLOSED) throw new ConflictException("site " + site.name() + " is closed");
        int occupied = placements.occupied(siteId);
        if (occupied + persons > site.capacity()) {
            throw new ConflictException("site " + site.name() + " has " + Math.max(0, site.capacity() - occupied)
                    + " free beds; the household needs " + persons);
        }
        placements.holdingFor(householdId).ifPresent(other -> {
            throw new ConflictException("household " + householdId + " already holds beds (placement " + other.id() + ")");
        });
    }

    private Placement move(String id, PlacementStatus from, PlacementStatus to, String column, String action) {
        return tx.execute(s -> {
            Placement p = get(id);
            requireStatus(p, from, action.replace("-", "ed "));
            if (placements.changeStatus(id, from, to, column, now(), AuditLog.currentActor()) == 0) {
                throw new ConflictException("placement " + id + " was changed meanwhile");
            }
            audit.record("UPDATE", "placement", id, action);
            return get(id);
        });
    }

    private static void requireStatus(Placement p, PlacementStatus expected, String verb) {
        if (p.status() != expected) {
            throw new ConflictException("placement " + p.id() + " is " + p.status() + "; only " + expected + " can be " + verb);
        }
    }

    private HouseholdProfile profile(String householdId, String field) {
        if (householdId == null || householdId.isBlank()) throw InvalidRequestException.of(field, "must not be empty");
        return households.byIds(List.of(householdId)).stream().findFirst()
                .orElseThrow(() -> InvalidRequestException.of(field, "no household " + householdId));
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    /** A lost race on "one booking per household" (the unique index) is a conflict, not a server error. */
    private <T> T booking(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("the household already holds beds");
        }
    }
}
