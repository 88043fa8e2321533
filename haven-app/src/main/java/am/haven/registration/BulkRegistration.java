package am.haven.registration;

import am.haven.security.AuditLog;
import am.haven.support.Ids;
import am.haven.support.SqlBatch;
import am.haven.support.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers many households at once with the times they were really registered (the demo
 * population of September 2023, or records typed on paper during a power cut). Each batch is one
 * transaction with an audit event and a {@link HouseholdRegistered} event per household, exactly as
 * {@link RegistrationService#register} writes them; only the registration time and officer differ.
 */
@Service
public class BulkRegistration {

    /** A household to register as of {@code registeredAt}, by {@code registeredBy}. */
    public record Backdated(HouseholdRequest request, Instant registeredAt, String registeredBy) {}

    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final HouseholdNumbers numbers;
    private final IdempotencyRepository idempotency;
    private final AuditLog audit;
    private final HouseholdChanges changes;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;

    BulkRegistration(HouseholdRepository households, PersonRepository persons, HouseholdNumbers numbers,
                     IdempotencyRepository idempotency, AuditLog audit, HouseholdChanges changes,
                     PlatformTransactionManager txManager, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.households = households;
        this.persons = persons;
        this.numbers = numbers;
        this.idempotency = idempotency;
        this.audit = audit;
        this.changes = changes;
        this.tx = new TransactionTemplate(txManager);
    }

    /**
     * Validates a household as the desk would on the day it was registered; throws
     * {@link am.haven.support.InvalidRequestException} with every problem.
     */
    public static void check(HouseholdRequest request, Instant registeredAt) {
        validate(request, registeredAt);
    }

    /** True when no household has been registered yet. */
    public boolean isEmpty() {
        return households.search(HouseholdFilter.parse(null), 0, 1).total() == 0;
    }

    /**
     * Registers the batch in one transaction (all or nothing) and returns the new household ids in
     * order. Every household is validated before anything is written.
     */
    public List<String> register(List<Backdated> batch) {
        return register(batch, null);
    }

    /**
     * As {@link #register(List)}, also storing for each household an idempotency key (principal
     * {@code principal}, key {@code keys[i]}, {@code hashes[i]} of its content) in the same transaction,
     * so an interrupted import can be run again without registering anyone twice, and two processes
     * loading the same batch cannot both succeed: the second fails on the keys and writes nothing.
     */
    public List<String> register(List<Backdated> batch, Keys keys) {
        List<NewHousehold> valid = batch.stream().map(b -> validate(b.request(), b.registeredAt())).toList();
        // Numbers come from their own short transactions, so they are taken before the batch's.
        List<String> numbered = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) numbered.add(numbers.next());
        return tx.execute(s -> {
            SqlBatch rows = new SqlBatch(jdbc);
            List<HouseholdRegistered> registered = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                HouseholdRegistered r = insert(rows, valid.get(i), numbered.get(i), batch.get(i));
                if (keys != null) {
                    idempotency.insert(rows, keys.principal(), keys.keys().get(i), keys.hashes().get(i), "household",
                            r.householdId());
                }
                registered.add(r);
            }
            // The events' listeners read and write rows that refer to these, so they follow the write.
            rows.flush();
            registered.forEach(changes::registered);
            return registered.stream().map(HouseholdRegistered::householdId).toList();
        });
    }

    /** Idempotency keys for a batch, one per household, in batch order. */
    public record Keys(String principal, List<String> keys, List<String> hashes) {}

    private HouseholdRegistered insert(SqlBatch rows, NewHousehold h, String number, Backdated b) {
        String id = Ids.newId();
        String at = Timestamps.format(b.registeredAt());
        households.insert(rows, id, number, b.registeredBy(), at, h);
        List<String> personIds = new ArrayList<>(h.members().size());
        for (int i = 0; i < h.members().size(); i++) {
            String personId = Ids.newId();
            persons.insert(rows, personId, id, i, h.members().get(i), at);
            personIds.add(personId);
        }
        audit.record(rows, AuditLog.currentActor(), "CREATE", "household", id, "number=" + number
                + " persons=" + String.join(",", personIds) + " registeredAt=" + at + " registeredBy=" + b.registeredBy());
        return new HouseholdRegistered(id, personIds, true);
    }

    private static NewHousehold validate(HouseholdRequest request, Instant registeredAt) {
        return HouseholdValidator.validate(request, LocalDate.ofInstant(registeredAt, ZoneOffset.UTC));
    }
}
