package am.haven.tracing;

import am.haven.match.normalize.Fold;
import am.haven.match.normalize.GivenNames;
import am.haven.match.normalize.NameKey;
import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import am.haven.support.FieldProblem;
import am.haven.support.Timestamps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The public finder: anyone may ask whether a relative is registered and safe, or being sought.
 * It shows only persons whose household consented to tracing, and of them only the name, the age
 * band and the status: never location, phone, documents or household. A query must name the
 * person (at least two name words, all of which must fit), so the finder cannot list a surname's
 * bearers. Queries are logged and limited per client in a sliding minute shared through the database.
 */
@Service
public class PublicFinder {

    /** What the public sees of one person. */
    public record Entry(String name, String ageBand, String status) {}

    /** The answer to a public query. */
    public record Answer(List<Entry> results) {}

    /** The client asked too often; it may ask again after {@code retryAfterSeconds}. */
    public static final class TooManyQueries extends RuntimeException {
        private final long retryAfterSeconds;

        TooManyQueries(long retryAfterSeconds) {
            super("too many queries; try again in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    static final String SAFE = "registered_safe";
    static final String SOUGHT = "being_sought";
    private static final int MAX_RESULTS = 10;

    private final SearchIndex index;
    private final TracingWorker loading;
    private final RegisteredPersons persons;
    private final CaseRepository cases;
    private final PublicQueryLog log;
    private final Clock clock;
    private final int perMinute;

    PublicFinder(SearchIndex index, TracingWorker loading, RegisteredPersons persons, CaseRepository cases, PublicQueryLog log,
                 Optional<Clock> clock, @Value("${haven.tracing.public-queries-per-minute:20}") int perMinute) {
        this.index = index;
        this.loading = loading;
        this.persons = persons;
        this.cases = cases;
        this.log = log;
        this.clock = clock.orElse(Clock.systemUTC());
        this.perMinute = perMinute;
    }

    /** Answers a public query from {@code client} (an IP address), or refuses it when over the limit. */
    public Answer find(String q, String client) {
        Instant now = clock.instant();
        String at = Timestamps.format(now);
        if (log.countSince(client, Timestamps.format(now.minus(Duration.ofMinutes(1)))) >= perMinute) {
            log.log(at, client, q, 0, true);
            throw new TooManyQueries(60);
        }
        if (q != null && q.length() > CaseValidator.MAX_LINE) {
            throw CaseValidatorProblems.of("q", "must be at most " + CaseValidator.MAX_LINE + " characters");
        }
        NameQuery query = NameQuery.parse(q, null, null, null, null);
        if (query.words().size() < 2) {
            log.log(at, client, q, 0, false);
            throw CaseValidatorProblems.of("q", "give a given name and a family name");
        }
        NameQuery namesOnly = new NameQuery(query.words(), query.birthYear(), null, null, null);
        loading.requireLoaded();
        List<Entry> out = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<String> ids = index.search(namesOnly, MAX_RESULTS, true).stream()
                .filter(h -> h.unmatchedWords() == 0).map(SearchIndex.Hit::personId).toList();
        Map<String, PersonFacts> facts = new HashMap<>();
        persons.byIds(ids).forEach(p -> facts.put(p.personId(), p));
        for (String id : ids) {
            PersonFacts p = facts.get(id);
            if (p == null || !p.consentTracing()) continue;
            out.add(new Entry(p.givenName() + " " + p.familyName(), AgeBands.of(p.birthDate(), today), SAFE));
        }
        for (CaseRepository.Row c : cases.openAndPublic()) {
            if (out.size() >= MAX_RESULTS) break;
            if (fits(namesOnly, c.sought())) {
                out.add(new Entry(c.sought().fullName().split("\n")[0], AgeBands.of(c.sought().birthDate(), today), SOUGHT));
            }
        }
        log.log(at, client, q, out.size(), false);
        return new Answer(out);
    }

    // Every query word must meet one of the sought person's names.
    private static boolean fits(NameQuery q, SoughtPerson s) {
        List<Scorer.NameWord> names = new ArrayList<>();
        String all = String.join(" ", java.util.stream.Stream.of(s.fullName(), s.givenName(), s.familyName(), s.alternateNames())
                .filter(java.util.Objects::nonNull).toList());
        String words = Fold.words(all);
        if (words == null) return false;
        for (String w : words.split(" ")) {
            names.add(new Scorer.NameWord(w, NameKey.ofLatin(w), GivenNames.standard().canonical(w), 3, 1, 1));
        }
        for (NameQuery.Word qw : q.words()) {
            if (names.stream().noneMatch(n -> Scorer.level(qw, n) != null
                    && Scorer.level(qw, n).compareTo(Scorer.Level.CLOSE) <= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Field problems for the public query, reported like every other 400. */
    private static final class CaseValidatorProblems {
        static RuntimeException of(String field, String message) {
            return new am.haven.support.InvalidRequestException(List.of(new FieldProblem(field, message)));
        }
    }
}
