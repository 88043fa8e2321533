package am.haven.registration;

import am.haven.security.AuditLog;
import am.haven.support.ConflictException;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import am.haven.support.SqlBatch;
import am.haven.support.Timestamps;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers households and corrects them. Every write is one transaction that also stores the
 * audit event (and, for a new household, the idempotency key): all of it commits or none of it.
 */
@Service
public class RegistrationService {

    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final IdempotencyRepository idempotency;
    private final RegistrationWriter writer;
    private final AuditLog audit;
    private final HouseholdChanges changes;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<PersonIdentities> identities;
    private final JdbcTemplate jdbc;

    public RegistrationService(HouseholdRepository households, PersonRepository persons,
                               IdempotencyRepository idempotency, RegistrationWriter writer, AuditLog audit,
                               HouseholdChanges changes, PlatformTransactionManager txManager,
                               JsonMapper json, Optional<Clock> clock, ObjectProvider<PersonIdentities> identities,
                               JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.households = households;
        this.persons = persons;
        this.idempotency = idempotency;
        this.writer = writer;
        this.audit = audit;
        this.changes = changes;
        this.tx = new TransactionTemplate(txManager);
        this.json = json;
        this.clock = clock.orElse(Clock.systemUTC());
        this.identities = identities;
    }

    /** The outcome of a registration request: the household and whether this request created it. */
    public record Registration(Household household, boolean created) {}

    /**
     * Registers a household with its members. With an idempotency key, a repeat of the same request
     * returns the household the first one created and writes nothing.
     */
    public Registration register(HouseholdRequest request, String idempotencyKey) {
        String actor = AuditLog.currentActor();
        String requestHash = idempotencyKey == null ? null : hash(request);
        NewHousehold valid;
        try {
            valid = validate(request);
        } catch (InvalidRequestException e) {
            // A key already used answers as before (200 or 409), whatever this request holds.
            if (idempotencyKey != null) {
                Optional<Registration> earlier = earlierResult(actor, idempotencyKey, requestHash);
                if (earlier.isPresent()) return earlier.get();
            }
            throw e;
        }
        List<String> attachTo = request.members().stream().map(m -> blankToNull(m.identityId())).toList();
        List<LatinForms> latin = valid.members().stream().map(LatinForms::of).toList();
        try {
            Household inserted = writer.write((number, rows) -> insert(rows, valid, latin, attachTo, number, actor,
                            idempotencyKey, requestHash),
                    h -> new HouseholdRegistered(h.id(), h.members().stream().map(Person::id).toList(), true));
            return new Registration(inserted, true);
        } catch (DataIntegrityViolationException e) {
            if (idempotencyKey == null) throw e;
            // The key was used before (a retry) or by a concurrent request that won the race: the
            // unique key is the check, so a first request costs no lookup. Answer with that result.
            // (SQLite names no constraint in its error code, so any integrity error looks for the key.)
            return earlierResult(actor, idempotencyKey, requestHash).orElseThrow(() -> e);
        }
    }

    /**
     * Adds the household's rows to {@code rows} and returns it as it will be stored (the answer is
     * built from what is written, not read back).
     */
    private Household insert(SqlBatch rows, NewHousehold h, List<LatinForms> latin, List<String> attachTo, String number,
                             String actor, String idemKey, String requestHash) {
        String id = Ids.newId();
        String now = Timestamps.format(clock.instant());
        Household household = households.insert(rows, id, number, actor, now, h);
        List<String> personIds = new ArrayList<>(h.members().size());
        for (int i = 0; i < h.members().size(); i++) personIds.add(Ids.newId());
        List<Person> members = persons.insertAll(rows, id, 0, personIds, h.members(), latin, now);
        if (idemKey != null) idempotency.insert(rows, actor, idemKey, requestHash, "household", id);
        audit.record(rows, actor, "CREATE", "household", id, "number=" + number + " persons=" + String.join(",", personIds));
        if (attachTo.stream().anyMatch(java.util.Objects::nonNull)) {
            // Attaching refers to the person rows, so they are written first.
            rows.flush();
            for (int i = 0; i < personIds.size(); i++) {
                if (attachTo.get(i) != null) {
                    identities.getObject().attachNew(personIds.get(i), attachTo.get(i), actor, "members[" + i + "].identityId");
                }
            }
        }
        return household.withMembers(List.copyOf(members));
    }

    /** Validates the household and the identities the clerk attached members to; every problem at once. */
    private NewHousehold validate(HouseholdRequest request) {
        List<FieldProblem> problems = request == null ? new ArrayList<>() : identityProblems(request.members(), "members[%d].");
        try {
            NewHousehold valid = HouseholdValidator.validate(request, LocalDate.now(clock));
            if (problems.isEmpty()) return valid;
        } catch (InvalidRequestException e) {
            problems.addAll(0, e.problems());
        }
        throw new InvalidRequestException(problems);
    }

    /** An attached identity must exist, and two members of one household cannot be the same person. */
    private List<FieldProblem> identityProblems(List<MemberRequest> members, String pathFormat) {
        List<FieldProblem> problems = new ArrayList<>();
        if (members == null) return problems;
        Map<String, Integer> chosen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            String identityId = members.get(i) == null ? null : blankToNull(members.get(i).identityId());
            if (identityId == null) continue;
            String field = String.format(pathFormat, i) + "identityId";
            PersonIdentities known = identities.getIfAvailable();
            Integer other = chosen.putIfAbsent(identityId, i);
            if (known == null) {
                problems.add(new FieldProblem(field, "cannot be used: de-duplication is not running"));
            } else if (other != null) {
                problems.add(new FieldProblem(field, "is already chosen for members[" + other + "]: two members of a household are two people"));
            } else if (identityId.length() > 36 || !known.exists(identityId)) {
                problems.add(new FieldProblem(field, "is not a known identity: '" + identityId + "'"));
            }
        }
        return problems;
    }

    private Optional<Registration> earlierResult(String actor, String key, String requestHash) {
        return idempotency.find(actor, key).map(entry -> {
            if (!entry.requestHash().equals(requestHash)) {
                throw new ConflictException("Idempotency-Key '" + key + "' was already used for a different request");
            }
            return new Registration(loadHousehold(entry.resourceId()), false);
        });
    }

    /** Reads a household with its members, recording the read in the audit trail. */
    public Household household(String id) {
        Household h = loadHousehold(id);
        audit.recordRead("household", List.of(id), "persons=" + h.members().stream().map(Person::id).toList());
        return NeedsVisibility.forCaller(h);
    }

    public Household householdByNumber(String number) {
        return household(households.idByNumber(number).orElseThrow(() -> new NotFoundException("household", number)));
    }

    /** Reads one person's record, recording the read in the audit trail. */
    public Person person(String id) {
        Person p = persons.find(id).orElseThrow(() -> new NotFoundException("person", id));
        audit.recordRead("person", List.of(id), null);
        return NeedsVisibility.forCaller(p);
    }

    /** Searches households by number, phone or name in any script; the read is audited. */
    public HouseholdRepository.Page list(String q, int page, int size) {
        if (page < 0) throw InvalidRequestException.of("page", "must be 0 or more");
        if (size < 1 || size > 200) throw InvalidRequestException.of("size", "must be from 1 to 200");
        HouseholdRepository.Page result = households.search(HouseholdFilter.parse(q), page, size);
        if (!result.items().isEmpty()) {
            audit.recordRead("household", result.items().stream().map(HouseholdSummary::id).toList(),
                    q == null || q.isBlank() ? "list" : "search");
        }
        return result;
    }

    public List<HouseholdRepository.Revision> history(String householdId) {
        loadHousehold(householdId);
        audit.record("READ", "household_history", householdId, null);
        return households.revisions(householdId);
    }

    /** Replaces the household-level fields (not its members); the previous state is kept. */
    public Household replace(String id, HouseholdPatch fields) {
        return tx.execute(s -> {
            Household before = loadHousehold(id);
            NewHousehold valid = validFields(fields);
            keepRevision(before);
            households.updateFields(id, valid, Timestamps.format(clock.instant()));
            audit.record("UPDATE", "household", id, "replace");
            return corrected(loadHousehold(id));
        });
    }

    /** Corrects the household-level fields present in {@code patch}. */
    public Household patch(String id, HouseholdPatch patch) {
        return tx.execute(s -> {
            Household before = loadHousehold(id);
            HouseholdPatch merged = new HouseholdPatch(
                    patch.registrationPoint() != null ? patch.registrationPoint() : before.registrationPoint(),
                    patch.origin() != null ? patch.origin() : before.origin(),
                    patch.currentAddress() != null ? patch.currentAddress() : before.currentAddress(),
                    patch.destination() != null ? patch.destination() : before.destination(),
                    patch.phone() != null || patch.phones() != null ? patch.phone() : null,
                    patch.phone() != null || patch.phones() != null ? patch.phones() : before.phones(),
                    patch.consent() != null ? patch.consent() : before.consent(),
                    patch.notes() != null ? patch.notes() : before.notes());
            NewHousehold valid = validFields(merged);
            keepRevision(before);
            households.updateFields(id, valid, Timestamps.format(clock.instant()));
            audit.record("UPDATE", "household", id, "patch");
            return corrected(loadHousehold(id));
        });
    }

    /** Adds a member to a registered household. */
    public Person addMember(String householdId, MemberRequest request) {
        List<FieldProblem> identityProblems = request == null ? List.of() : identityProblems(List.of(request), "");
        NewMember m = HouseholdValidator.validateMember("", request, LocalDate.now(clock));
        if (!identityProblems.isEmpty()) throw new InvalidRequestException(identityProblems);
        NewMember member = m.relationship() == null ? withRelationship(m, Relationship.OTHER) : m;
        String attachTo = blankToNull(request.identityId());
        String actor = AuditLog.currentActor();
        String personId = tx.execute(s -> {
            Household before = loadHousehold(householdId);
            requireSingleHead(before, null, member);
            keepRevision(before);
            String id = Ids.newId();
            String now = Timestamps.format(clock.instant());
            SqlBatch rows = new SqlBatch(jdbc);
            persons.insert(rows, id, householdId, persons.maxPosition(householdId) + 1, member, now);
            rows.flush();
            households.touch(householdId, now);
            audit.record("CREATE", "person", id, "household=" + householdId);
            if (attachTo != null) identities.getObject().attachNew(id, attachTo, actor, "identityId");
            changes.registered(new HouseholdRegistered(householdId, List.of(id), false));
            return id;
        });
        return persons.find(personId).orElseThrow();
    }

    /** Replaces a member's fields; {@code partial} keeps the fields the request leaves out. */
    public Person correctMember(String personId, MemberRequest request, boolean partial) {
        Person current = persons.find(personId).orElseThrow(() -> new NotFoundException("person", personId));
        if (request != null && blankToNull(request.identityId()) != null) {
            throw InvalidRequestException.of("identityId", "is chosen when registering; to attach a registered person, use its identity");
        }
        MemberRequest merged = partial ? merge(current, request) : request;
        NewMember m = HouseholdValidator.validateMember("", merged, LocalDate.now(clock));
        NewMember member = m.relationship() == null ? withRelationship(m, current.relationship()) : m;
        tx.executeWithoutResult(s -> {
            Household before = loadHousehold(current.householdId());
            requireSingleHead(before, personId, member);
            keepRevision(before);
            String now = Timestamps.format(clock.instant());
            persons.update(personId, member, now);
            households.touch(current.householdId(), now);
            audit.record("UPDATE", "person", personId, partial ? "patch" : "replace");
            changes.corrected(new HouseholdCorrected(current.householdId(), List.of(personId)));
        });
        return persons.find(personId).orElseThrow();
    }

    private Household corrected(Household after) {
        changes.corrected(new HouseholdCorrected(after.id(), after.members().stream().map(Person::id).toList()));
        return after;
    }

    private static void requireSingleHead(Household h, String changedPersonId, NewMember member) {
        if (member.relationship() != Relationship.HEAD) return;
        boolean otherHead = h.members().stream()
                .anyMatch(p -> p.relationship() == Relationship.HEAD && !p.id().equals(changedPersonId));
        if (otherHead) {
            throw InvalidRequestException.of("relationship", "the household already has a HEAD");
        }
    }

    private static MemberRequest merge(Person p, MemberRequest r) {
        return new MemberRequest(
                r.givenName() != null ? r.givenName() : p.givenName(),
                r.familyName() != null ? r.familyName() : p.familyName(),
                r.patronymic() != null ? r.patronymic() : p.patronymic(),
                r.sex() != null ? r.sex() : p.sex().name(),
                r.birthDate() != null ? r.birthDate() : p.birthDate(),
                r.birthDateEstimated() != null ? r.birthDateEstimated() : p.birthDateEstimated(),
                r.relationship() != null ? r.relationship() : p.relationship().name(),
                r.needs() != null ? r.needs() : p.needs().stream().map(Enum::name).toList(),
                r.documents() != null ? r.documents()
                        : p.documents().stream().map(d -> new MemberRequest.DocumentRequest(d.type().name(), d.number())).toList(),
                r.phone() != null ? r.phone() : p.phone(),
                r.languages() != null ? r.languages() : p.languages());
    }

    private static NewMember withRelationship(NewMember m, Relationship r) {
        return new NewMember(m.givenName(), m.familyName(), m.patronymic(), m.sex(), m.birthDate(),
                m.birthDateEstimated(), r, m.needs(), m.documents(), m.phone(), m.languages());
    }

    private NewHousehold validFields(HouseholdPatch f) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.registrationPoint() == null || f.registrationPoint().isBlank()) {
            problems.add(new FieldProblem("registrationPoint", "must not be empty"));
        }
        List<String> phones = HouseholdValidator.householdPhones(f.phone(), f.phones(), problems);
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        return new NewHousehold(f.registrationPoint().strip(), f.origin(), blankToNull(f.currentAddress()),
                blankToNull(f.destination()), phones,
                f.consent() == null ? HouseholdRequest.Consent.NONE : f.consent(), blankToNull(f.notes()), List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void keepRevision(Household before) {
        households.insertRevision(before.id(), before.version(), Timestamps.format(clock.instant()),
                AuditLog.currentActor(), json.writeValueAsString(before));
    }

    Household loadHousehold(String id) {
        List<Person> members = persons.findByHousehold(id);
        return households.find(id, members).orElseThrow(() -> new NotFoundException("household", id));
    }

    private String hash(HouseholdRequest request) {
        return IdempotencyRepository.requestHash(json.writeValueAsString(request));
    }
}
