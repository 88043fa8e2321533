package am.haven.reports;

import am.haven.dedup.IdentityChanged;
import am.haven.registration.HouseholdCorrected;
import am.haven.registration.HouseholdRegistered;
import am.haven.support.BeforeCommit;
import am.haven.support.Timestamps;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the report counts (V43) equal to the records, in the transaction of every write that
 * changes them. Registration and de-duplication publish their events inside the writing
 * transaction; the records they name are collected and counted once, just before that transaction
 * commits, so a group commit of many households costs one round of batched reads and upserts.
 * Each named record is read again as it is now and compared with the fact it was last counted
 * under: the counts change by the difference, which makes corrections, added members, identity
 * moves (and writes rolled back to a savepoint) exact without knowing what changed.
 */
@Component
public class ReportCounts implements SmartInitializingSingleton {

    static final String BACKFILL_SCRIPT = "db/migration/common/V44__report_facts_backfill.sql";

    private static final Logger log = LoggerFactory.getLogger(ReportCounts.class);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final CountRepository repository;
    private final ZoneId zone;
    private final TransactionTemplate tx;
    private final DataSource dataSource;

    /**
     * What one event names: a household (or none), its changed records, an identity it created (or
     * none), and whether the records were created in this transaction ({@code fresh}: nothing was
     * counted for them before; the household may be older, as when members are added).
     */
    private record Change(String householdId, List<String> personIds, String newIdentity, boolean fresh,
                          boolean identityChange, boolean newHousehold) {}

    /** Records named by events in one transaction, counted before it commits. */
    private static final class Changed {
        final Set<String> persons = new LinkedHashSet<>();
        final Set<String> households = new LinkedHashSet<>();
        /** Identities created in this transaction: all their records are among {@code persons}. */
        final Set<String> newIdentities = new HashSet<>();
        /** Records created in this transaction: they have no facts to read yet. */
        final Set<String> fresh = new HashSet<>();
        /** Records whose identity changed in this transaction. */
        final Set<String> placed = new HashSet<>();
        /** Households created in this transaction: nothing was counted for them before. */
        final Set<String> newHouseholds = new HashSet<>();

        static Changed of(List<Change> changes) {
            Changed c = new Changed();
            for (Change change : changes) {
                c.persons.addAll(change.personIds());
                if (change.householdId() != null) c.households.add(change.householdId());
                if (change.newIdentity() != null) c.newIdentities.add(change.newIdentity());
                if (change.fresh()) c.fresh.addAll(change.personIds());
                if (change.identityChange()) c.placed.addAll(change.personIds());
                if (change.newHousehold()) c.newHouseholds.add(change.householdId());
            }
            // A household created here and also corrected or given members here is counted the general way.
            for (Change change : changes) {
                if (change.householdId() != null && !change.newHousehold()) c.newHouseholds.remove(change.householdId());
            }
            return c;
        }

        /** Created in this transaction and not placed in an identity: nothing else can change their counts' "first" marks. */
        Set<String> unplacedFresh() {
            Set<String> out = new LinkedHashSet<>();
            for (String id : persons) if (fresh.contains(id) && !placed.contains(id)) out.add(id);
            return out;
        }
    }

    /**
     * The events of a transaction, counted together just before it commits (the template then joins
     * that transaction); an event outside any transaction is counted at once, in its own.
     */
    private final BeforeCommit<Change> toCount;

    ReportCounts(CountRepository repository, ReportSettings settings, PlatformTransactionManager txManager,
                 DataSource dataSource) {
        this.repository = repository;
        this.zone = settings.zone();
        this.tx = new TransactionTemplate(txManager);
        this.dataSource = dataSource;
        this.toCount = new BeforeCommit<>(changes -> tx.executeWithoutResult(s -> count(Changed.of(changes))));
    }

    /** Builds the day counts at start-up when they were built for another zone or never (just after V43). */
    @Override
    public void afterSingletonsInstantiated() {
        rebuild(false);
    }

    @EventListener
    void registered(HouseholdRegistered event) {
        toCount.add(List.of(new Change(event.householdId(), event.personIds(), null, true, false, event.newHousehold())));
    }

    @EventListener
    void corrected(HouseholdCorrected event) {
        toCount.add(List.of(new Change(event.householdId(), event.personIds(), null, false, false, false)));
    }

    @EventListener
    void identityChanged(IdentityChanged event) {
        toCount.add(List.of(new Change(null, List.of(event.personId()), event.newIdentity() ? event.identityId() : null, false,
                true, false)));
    }

    /** Brings the facts and counts of the changed records up to date, in the current transaction. */
    private void count(Changed changed) {
        long cpu = log.isDebugEnabled() ? THREADS.getCurrentThreadCpuTime() : 0;
        CountDelta delta = new CountDelta(zone);
        Set<String> unplacedFresh = changed.unplacedFresh();
        if (!unplacedFresh.isEmpty()) countNewRecords(unplacedFresh, delta);
        Set<String> others = new LinkedHashSet<>(changed.persons);
        others.removeAll(unplacedFresh);
        if (!others.isEmpty()) countPersons(others, changed.newIdentities, changed.fresh, delta);
        if (!changed.newHouseholds.isEmpty()) countNewHouseholds(changed.newHouseholds, delta);
        Set<String> households = new LinkedHashSet<>(changed.households);
        households.removeAll(changed.newHouseholds);
        if (!households.isEmpty()) countHouseholds(households, delta);
        repository.addToCounts(delta);
        if (log.isDebugEnabled()) {
            log.debug("counted {} records, {} households in {} us CPU", changed.persons.size(), changed.households.size(),
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1000);
        }
    }

    /**
     * Records created in this transaction and not matched yet (a registration's): no fact to
     * compare with, each its own identity's first record. Their facts are written from the view
     * and counted as returned, which skips reading them back.
     */
    private void countNewRecords(Set<String> ids, CountDelta delta) {
        Map<String, Set<String>> needs = repository.insertFreshNeedFacts(ids);
        for (CountRepository.PersonFact f : repository.insertFreshPersonFacts(ids)) {
            delta.person(f, needs.getOrDefault(f.personId(), Set.of()), 1);
        }
    }

    /** Households created in this transaction, written from the view and counted as returned, like {@link #countNewRecords}. */
    private void countNewHouseholds(Set<String> ids, CountDelta delta) {
        for (CountRepository.HouseholdFact h : repository.insertFreshHouseholdFacts(ids)) delta.household(h, 1);
    }

    private void countPersons(Set<String> ids, Set<String> newIdentities, Set<String> fresh, CountDelta delta) {
        Set<String> counted = withoutFresh(ids, fresh);
        repository.lockPersonFacts(counted);
        Map<String, CountRepository.PersonFact> before = counted.isEmpty() ? Map.of() : repository.personFacts(counted);
        Map<String, CountRepository.PersonFact> now = repository.currentPersons(ids);
        Map<String, Set<String>> needsBefore = counted.isEmpty() ? Map.of() : repository.needFacts(counted);
        Map<String, Set<String>> needsNow = repository.currentNeeds(ids);

        // Which record is first of its identity changes only when an identity gains or loses one.
        Set<String> moved = new HashSet<>();
        for (String id : ids) {
            CountRepository.PersonFact b = before.get(id);
            CountRepository.PersonFact n = now.get(id);
            if (n != null && b != null && n.identityId().equals(b.identityId())) {
                now.put(id, n.withFirst(b.first()));
                continue;
            }
            if (b == null && n != null && n.identityId().equals(id)) {
                // A new record not matched yet: its own identity, which no other record can have.
                now.put(id, n.withFirst(true));
                continue;
            }
            if (b != null) moved.add(b.identityId());
            if (n != null) moved.add(n.identityId());
        }
        List<CountRepository.PersonFact> othersBefore = new ArrayList<>();
        List<CountRepository.PersonFact> othersAfter = new ArrayList<>();
        if (!moved.isEmpty()) firstsOf(moved, ids, newIdentities, now, othersBefore, othersAfter);

        List<CountRepository.PersonFact> save = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        Map<String, Set<String>> needsToSave = new HashMap<>();
        for (String id : ids) {
            CountRepository.PersonFact b = before.get(id);
            CountRepository.PersonFact n = now.get(id);
            Set<String> nb = needsBefore.getOrDefault(id, Set.of());
            Set<String> nn = needsNow.getOrDefault(id, Set.of());
            if (n == null) {
                if (b != null) gone.add(id);
            } else if (!n.equals(b)) {
                save.add(n);
            }
            if (n != null && !nn.equals(nb)) needsToSave.put(id, nn);
            if (Objects.equals(b, n) && nn.equals(nb)) continue;
            delta.person(b, nb, -1);
            delta.person(n, nn, 1);
        }
        // Records of other transactions whose "first" mark moved: counted under the same cells otherwise.
        for (int i = 0; i < othersBefore.size(); i++) {
            delta.person(othersBefore.get(i), null, -1);
            delta.person(othersAfter.get(i), null, 1);
            save.add(othersAfter.get(i));
        }
        repository.savePersonFacts(save);
        repository.deletePersonFacts(gone);
        repository.replaceNeedFacts(needsToSave);
    }

    /**
     * Marks the earliest record of each identity in {@code identities} as its first, in
     * {@code now} for the changed records and, for other records whose mark changes, by adding
     * them to {@code othersBefore}/{@code othersAfter}.
     */
    private void firstsOf(Set<String> identities, Set<String> changedIds, Set<String> newIdentities,
                          Map<String, CountRepository.PersonFact> now,
                          List<CountRepository.PersonFact> othersBefore, List<CountRepository.PersonFact> othersAfter) {
        // A record's own id stands for "not matched yet" (de-duplication gives identities fresh
        // ids), so only that record is ever in it, and an identity created in this transaction
        // holds only records changed in it: neither has stored members to read. Identities
        // others may share are read and locked.
        Set<String> shared = new HashSet<>(identities);
        shared.removeAll(changedIds);
        shared.removeAll(newIdentities);
        if (!shared.isEmpty()) repository.lockIdentities(shared);
        Map<String, List<CountRepository.PersonFact>> members = new HashMap<>();
        for (CountRepository.PersonFact f : shared.isEmpty() ? List.<CountRepository.PersonFact>of() : repository.membersOf(shared)) {
            if (!changedIds.contains(f.personId())) members.computeIfAbsent(f.identityId(), k -> new ArrayList<>()).add(f);
        }
        for (CountRepository.PersonFact f : now.values()) {
            if (identities.contains(f.identityId())) members.computeIfAbsent(f.identityId(), k -> new ArrayList<>()).add(f);
        }
        Comparator<CountRepository.PersonFact> earliest = Comparator.comparing(CountRepository.PersonFact::registeredAt)
                .thenComparing(CountRepository.PersonFact::personId);
        for (List<CountRepository.PersonFact> records : members.values()) {
            records.sort(earliest);
            for (int i = 0; i < records.size(); i++) {
                CountRepository.PersonFact f = records.get(i);
                boolean first = i == 0;
                if (changedIds.contains(f.personId())) {
                    now.put(f.personId(), f.withFirst(first));
                } else if (f.first() != first) {
                    othersBefore.add(f);
                    othersAfter.add(f.withFirst(first));
                }
            }
        }
    }

    private void countHouseholds(Set<String> ids, CountDelta delta) {
        Map<String, CountRepository.HouseholdFact> before = repository.householdFacts(ids);
        Map<String, CountRepository.HouseholdFact> now = repository.currentHouseholds(ids);
        List<CountRepository.HouseholdFact> save = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String id : ids) {
            CountRepository.HouseholdFact b = before.get(id);
            CountRepository.HouseholdFact n = now.get(id);
            if (Objects.equals(b, n)) continue;
            if (n == null) gone.add(id);
            else save.add(n);
            delta.household(b, -1);
            delta.household(n, 1);
        }
        repository.saveHouseholdFacts(save);
        repository.deleteHouseholdFacts(gone);
    }

    // The records that may have been counted before: one created in this transaction was not.
    private static Set<String> withoutFresh(Set<String> ids, Set<String> fresh) {
        if (fresh.isEmpty()) return ids;
        Set<String> out = new LinkedHashSet<>(ids);
        out.removeAll(fresh);
        return out;
    }

    /**
     * Recomputes the day counts from the facts for the configured zone; unless {@code always},
     * only when they were built for another zone or never. Returns whether it rebuilt.
     */
    boolean rebuild(boolean always) {
        Boolean rebuilt = tx.execute(s -> {
            if (!repository.claimRebuild(zone.getId(), Timestamps.now(), always)) return false;
            long t0 = System.nanoTime();
            rebuildCounts();
            log.info("report counts built for zone {} in {} ms", zone.getId(), (System.nanoTime() - t0) / 1_000_000);
            return true;
        });
        return Boolean.TRUE.equals(rebuilt);
    }

    /**
     * Throws the facts away and fills them again from the records with the backfill migration's
     * own script, then rebuilds the counts: what an upgraded database gets. For tests comparing it
     * with live counting, and for the benchmark's bulk load, which bypasses the events.
     */
    public void refillFromRecords() {
        tx.executeWithoutResult(s -> {
            repository.claimRebuild(zone.getId(), Timestamps.now(), true);
            repository.deleteAllFacts();
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                ScriptUtils.executeSqlScript(c, new EncodedResource(new ClassPathResource(BACKFILL_SCRIPT), StandardCharsets.UTF_8));
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
            rebuildCounts();
        });
    }

    private void rebuildCounts() {
        Map<String, String> dayOfHour = new HashMap<>();
        for (String hour : repository.registeredHours()) dayOfHour.put(hour, CountDelta.dayOfHour(hour, zone));
        repository.rebuildCounts(dayOfHour);
    }
}
