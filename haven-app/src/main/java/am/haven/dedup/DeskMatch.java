package am.haven.dedup;

import am.haven.match.Candidate;
import am.haven.match.Contribution;
import am.haven.match.InvalidValueException;
import am.haven.registration.Household;
import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import am.haven.registration.RegistrationService;
import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The desk preview: likely earlier registrations of a person being registered, with where, when,
 * by whom, the household number, the probability and the per-field explanation.
 */
@Service
public class DeskMatch {

    /** A person as typed at the desk (any script); every field optional but a name. */
    public record Query(String givenName, String familyName, String patronymic, String birthDate, String sex,
                        String phone, String document, String origin, Integer limit) {}

    /** One likely earlier registration. */
    public record Hit(String personId, String identityId, double probability, double matchWeight,
                      List<Contribution> explanation, String givenName, String familyName, String patronymic,
                      String birthDate, String sex, String householdId, String householdNumber,
                      String registrationPoint, String registeredAt, String registeredBy) {}

    public record Result(List<Hit> items, int total) {}

    private static final Map<String, String> API_FIELD = Map.of(
            PersonRecords.GIVEN_NAME, "givenName", PersonRecords.FAMILY_NAME, "familyName",
            PersonRecords.PATRONYMIC, "patronymic", PersonRecords.BIRTH_DATE, "birthDate",
            PersonRecords.SEX, "sex", PersonRecords.PHONE, "phone", PersonRecords.DOCUMENT, "document",
            PersonRecords.ORIGIN, "origin");

    private final PersonIndex index;
    private final RegisteredPersons persons;
    private final IdentityService identities;
    private final RegistrationService registrations;

    DeskMatch(PersonIndex index, RegisteredPersons persons, IdentityService identities,
              RegistrationService registrations) {
        this.index = index;
        this.persons = persons;
        this.identities = identities;
        this.registrations = registrations;
    }

    public Result match(Query q) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(q.givenName()) && blank(q.familyName())) {
            problems.add(new FieldProblem("givenName", "a given or family name is needed"));
        }
        int limit = q.limit() == null ? 5 : q.limit();
        if (limit < 1 || limit > 20) problems.add(new FieldProblem("limit", "must be from 1 to 20"));
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        Map<String, String> fields = new HashMap<>();
        put(fields, PersonRecords.GIVEN_NAME, q.givenName());
        put(fields, PersonRecords.FAMILY_NAME, q.familyName());
        put(fields, PersonRecords.PATRONYMIC, q.patronymic());
        put(fields, PersonRecords.BIRTH_DATE, q.birthDate());
        put(fields, PersonRecords.SEX, q.sex());
        put(fields, PersonRecords.PHONE, q.phone());
        put(fields, PersonRecords.DOCUMENT, q.document());
        put(fields, PersonRecords.ORIGIN, q.origin());
        List<Candidate> found;
        try {
            found = index.search(fields, limit, index.possibleThreshold());
        } catch (InvalidValueException e) {
            throw InvalidRequestException.of(API_FIELD.getOrDefault(e.field(), e.field()), "cannot be read: " + e.getMessage());
        }
        Map<String, PersonFacts> facts = persons.byIds(found.stream().map(Candidate::id).toList()).stream()
                .collect(Collectors.toMap(PersonFacts::personId, Function.identity()));
        Map<String, String> identityOf = identities.identitiesOf(facts.keySet());
        Map<String, Household> households = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (Candidate c : found) {
            PersonFacts f = facts.get(c.id());
            if (f == null) continue;
            // The household read is audited by registration: the clerk is shown where and by whom.
            Household h = households.computeIfAbsent(f.householdId(), registrations::household);
            hits.add(new Hit(c.id(), identityOf.get(c.id()), c.probability(), c.matchWeight(), c.explanation(),
                    f.givenName(), f.familyName(), f.patronymic(), f.birthDate(), f.sex().name(), f.householdId(),
                    f.householdNumber(), f.registrationPoint(), f.registeredAt(), h.registeredBy()));
        }
        return new Result(hits, hits.size());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void put(Map<String, String> m, String k, String v) {
        if (!blank(v)) m.put(k, v);
    }
}
