package am.haven.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.UserService;
import am.haven.testing.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** De-duplication's contract over HTTP, run against every database (see the subclasses). */
abstract class DedupApiContract {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JobRepository jobs;
    @Autowired RelinkService relink;
    @Autowired am.haven.registration.RegisteredPersons registered;
    @Autowired IdentityRepository identityRepository;
    @Autowired ActiveModel activeModel;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired MatchWorker worker;
    @Autowired am.haven.changes.ChangeFeed feed;
    @Autowired am.haven.changes.ChangeDispatcher dispatcher;

    Api api;

    @BeforeEach
    void signIn() {
        api = new Api(port, users.createToken("admin", "test"));
    }

    static Map<String, Object> member(String given, String family, String sex, String birth) {
        return new HashMap<>(Map.of("givenName", given, "familyName", family, "sex", sex,
                "birthDate", birth, "relationship", "HEAD"));
    }

    /** Registers a one-person household with its own phone; returns the person id. */
    String register(Map<String, Object> member, String origin) {
        String phone = "091" + String.format("%06d",
                ThreadLocalRandom.current().nextInt(1_000_000));
        var r = api.post("/api/v1/households", Map.of("registrationPoint", "Goris humanitarian centre",
                "origin", Map.of("settlement", origin), "phone", phone,
                "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                "members", List.of(member)));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("members").get(0).get("id").asString();
    }

    /** The person's identity, waiting for the background matcher to place the record. */
    String identityOf(String personId) {
        return eventually(() -> {
            JsonNode p = api.get("/api/v1/persons/" + personId).body();
            return p.has("identityId") ? p.get("identityId").asString() : null;
        });
    }

    static <T> T eventually(Supplier<T> probe) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            T value = probe.get();
            if (value != null) return value;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not reached within 30 s");
    }

    /** A birth date no other test uses, so tests sharing the database do not link to each other. */
    /** Tests share one population and some share names, so each takes a birth year no other test of the run has (70 in a row). */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_YEAR = new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(70));

    static String uniqueDate() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%04d-%02d-%02d", 1930 + NEXT_YEAR.getAndIncrement() % 70, 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    @Test
    void the_same_person_registered_in_armenian_script_and_later_in_russian_joins_one_identity() {
        String born = uniqueDate();
        String armenian = register(member("Վարդան", "Հարությունյան", "M", born), "Stepanakert");
        String first = identityOf(armenian);
        String russian = register(member("Вардан", "Арутюнян", "M", born), "Степанакерт");

        assertThat(identityOf(russian)).isEqualTo(first);
        var identity = api.get("/api/v1/identities/" + first);
        assertThat(identity.status()).isEqualTo(200);
        assertThat(identity.body().get("records").findValuesAsString("personId")).contains(armenian, russian);
    }

    @Test
    void namesakes_with_different_birth_years_do_not_join() {
        String year = String.format("%04d", 1930 + ThreadLocalRandom.current().nextInt(30));
        String older = register(member("Գագիկ", "Ղազարյան", "M", year), "Martuni");
        String younger = register(member("Гагик", "Казарян", "M", Integer.toString(Integer.parseInt(year) + 30)), "Martuni");

        assertThat(identityOf(younger)).isNotEqualTo(identityOf(older));
    }

    @Test
    void the_desk_preview_shows_earlier_registrations_with_household_and_explanation() {
        String born = uniqueDate();
        String earlier = register(member("Սիրանուշ", "Հակոբյան", "F", born), "Shushi");
        identityOf(earlier);

        var r = api.post("/api/v1/persons/match", Map.of("givenName", "Сирануш", "familyName", "Акопян",
                "birthDate", born, "sex", "F"));

        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode hit = r.body().get("items").get(0);
        assertThat(hit.get("personId").asString()).isEqualTo(earlier);
        assertThat(hit.get("householdNumber").asString()).isNotBlank();
        assertThat(hit.get("registrationPoint").asString()).isEqualTo("Goris humanitarian centre");
        assertThat(hit.get("registeredBy").asString()).isEqualTo("admin");
        assertThat(hit.get("probability").asDouble()).isGreaterThan(0.5);
        assertThat(hit.get("explanation").findValuesAsString("comparison")).contains("family_name", "birth_date");
    }

    @Test
    void the_desk_preview_names_the_missing_field() {
        var r = api.post("/api/v1/persons/match", Map.of("birthDate", "1960"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("givenName");
    }

    @Test
    void split_and_merge_are_reversible() {
        String born = uniqueDate();
        String a = register(member("Անահիտ", "Սարգսյան", "F", born), "Askeran");
        String identity = identityOf(a);
        String b = register(member("Анаит", "Саркисян", "F", born), "Askeran");
        assertThat(identityOf(b)).isEqualTo(identity);

        var split = api.post("/api/v1/identities/" + identity + "/split", Map.of("personIds", List.of(b)));
        assertThat(split.status()).as(split.text()).isEqualTo(200);
        assertThat(identityOf(b)).isNotEqualTo(identity);
        assertThat(identityOf(a)).isEqualTo(identity);

        var undoSplit = api.post("/api/v1/identity-operations/" + split.body().get("operationId").asString() + "/undo", null);
        assertThat(undoSplit.status()).as(undoSplit.text()).isEqualTo(200);
        assertThat(identityOf(b)).isEqualTo(identity);

        String c = register(member("Лусине", "Саркисян", "F", uniqueDate()), "Askeran");
        String other = identityOf(c);
        assertThat(other).isNotEqualTo(identity);
        var merge = api.post("/api/v1/identities/" + identity + "/merge", Map.of("identityId", other));
        assertThat(merge.status()).as(merge.text()).isEqualTo(200);
        assertThat(identityOf(c)).isEqualTo(identity);

        var undoMerge = api.post("/api/v1/identity-operations/" + merge.body().get("operationId").asString() + "/undo", null);
        assertThat(undoMerge.status()).isEqualTo(200);
        assertThat(identityOf(c)).isEqualTo(other);
        assertThat(identityOf(a)).isEqualTo(identity);
    }

    @Test
    void a_human_different_survives_a_relink() {
        String born = uniqueDate();
        String a = register(member("Армен", "Петросян", "M", born), "Hadrut");
        String b = register(member("Արմեն", "Պետրոսյան", "M", born), "Hadrut");
        assertThat(identityOf(b)).isEqualTo(identityOf(a));

        var decision = api.post("/api/v1/decisions", Map.of("left", a, "right", b, "decision", "DIFFERENT"));
        assertThat(decision.status()).as(decision.text()).isEqualTo(201);
        assertThat(identityOf(b)).isNotEqualTo(identityOf(a));

        runRelink();
        assertThat(identityOf(b)).isNotEqualTo(identityOf(a));

        var retract = api.post("/api/v1/decisions/" + decision.body().get("id").asString() + "/retract", null);
        assertThat(retract.status()).isEqualTo(204);
        assertThat(identityOf(b)).isEqualTo(identityOf(a));
    }

    @Test
    void a_registration_posted_while_a_relink_runs_is_not_lost_and_is_linked() {
        String born = uniqueDate();
        String earlier = register(member("Հասմիկ", "Գևորգյան", "F", born), "Martakert");
        String identity = identityOf(earlier);

        String job = relink.lease("test");
        String during;
        try {
            during = register(member("Асмик", "Геворкян", "F", born), "Martakert");
            assertThat(api.get("/api/v1/persons/" + during).body().has("identityId")).isFalse();
        } finally {
            relink.run(job);
        }
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo("DONE");
        assertThat(identityOf(during)).isEqualTo(identityOf(earlier));
        assertThat(identityOf(earlier)).isEqualTo(identity);
    }

    @Test
    void a_registration_posted_during_a_background_relink_is_linked() {
        String born = uniqueDate();
        String earlier = register(member("Нарине", "Мкртчян", "F", born), "Stepanakert");
        identityOf(earlier);
        var started = api.post("/api/v1/dedup/relink", null);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String during = register(member("Նարինե", "Մկրտչյան", "F", born), "Stepanakert");

        eventually(() -> "DONE".equals(api.get("/api/v1/dedup/relink/" + started.body().get("id").asString())
                .body().get("status").asString()) ? true : null);
        assertThat(identityOf(during)).isEqualTo(identityOf(earlier));
    }

    @Test
    void possible_matches_go_to_review_and_a_same_decision_merges_them() {
        String year = String.format("%04d", 1930 + ThreadLocalRandom.current().nextInt(60));
        // Same names and year, no date or phone to confirm: a possible match, not a link.
        String a = register(member("Ռուբեն", "Ավետիսյան", "M", year), "Kashatagh");
        identityOf(a);
        String b = register(member("Рубен", "Аветисян", "M", year), "Goris");
        String ib = identityOf(b);
        if (ib.equals(identityOf(a))) return; // the model was sure enough to link: nothing to review

        JsonNode item = eventually(() -> {
            for (JsonNode i : api.get("/api/v1/review?status=pending&limit=500").body().get("items")) {
                if (List.of(a, b).contains(i.get("left").asString()) && List.of(a, b).contains(i.get("right").asString())) return i;
            }
            return null;
        });
        assertThat(item.get("probability").asDouble()).isBetween(0.0, 1.0);
        assertThat(item.get("explanation").size()).isGreaterThan(1);

        var decided = api.post("/api/v1/review/" + item.get("id").asString(), Map.of("decision", "SAME"));
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        assertThat(identityOf(b)).isEqualTo(identityOf(a));
    }

    @Test
    void a_person_the_clerk_attaches_at_registration_joins_that_identity_and_keeps_it_through_a_relink_until_split() {
        String born = uniqueDate();
        String earlier = register(member("Սիրանուշ", "Հակոբյան", "F", born), "Shushi");
        String identity = identityOf(earlier);
        // Nothing the model would link: only the clerk knows (a maiden name, a date typed from memory).
        Map<String, Object> attached = member("Мария", "Иванова", "F", uniqueDate());
        attached.put("identityId", identity);

        String person = register(attached, "Goris");

        // Written with the registration, not later by the matcher.
        assertThat(api.get("/api/v1/persons/" + person).body().get("identityId").asString()).isEqualTo(identity);
        JsonNode view = api.get("/api/v1/identities/" + identity).body();
        assertThat(view.get("records").findValuesAsString("personId")).containsExactlyInAnyOrder(earlier, person);
        assertThat(view.get("history").findValues("source").stream().map(JsonNode::asString)).contains("HUMAN");

        runRelink();
        assertThat(identityOf(person)).isEqualTo(identity);

        var split = api.post("/api/v1/identities/" + identity + "/split", Map.of("personIds", List.of(person)));
        assertThat(split.status()).as(split.text()).isEqualTo(200);
        assertThat(identityOf(person)).isNotEqualTo(identity);
        assertThat(identityOf(earlier)).isEqualTo(identity);
    }

    @Test
    void undoing_an_attachment_made_at_registration_gives_the_record_an_identity_of_its_own() {
        String earlier = register(member("Լուսինե", "Պողոսյան", "F", uniqueDate()), "Askeran");
        String identity = identityOf(earlier);
        Map<String, Object> attached = member("Лусине", "Погосян", "F", uniqueDate());
        attached.put("identityId", identity);
        String person = register(attached, "Askeran");
        String operation = null;
        for (JsonNode e : api.get("/api/v1/identities/" + identity).body().get("history")) {
            if (e.get("personId").asString().equals(person)) operation = e.get("operationId").asString();
        }
        assertThat(operation).isNotNull();

        var undo = api.post("/api/v1/identity-operations/" + operation + "/undo", null);

        assertThat(undo.status()).as(undo.text()).isEqualTo(200);
        assertThat(identityOf(person)).isNotEqualTo(identity);
        assertThat(identityOf(earlier)).isEqualTo(identity);
    }

    @Test
    void an_unknown_identity_at_registration_is_refused_naming_the_member_and_nothing_is_written() {
        Map<String, Object> head = member("Արամ", "Մելքոնյան", "M", uniqueDate());
        Map<String, Object> spouse = member("Ани", "Мелконян", "F", uniqueDate());
        spouse.put("relationship", "SPOUSE");
        spouse.put("identityId", "no-such-identity");
        head.remove("sex");
        String phone = "094" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));

        var r = api.post("/api/v1/households", Map.of("registrationPoint", "Goris humanitarian centre",
                "phone", phone, "members", List.of(head, spouse)));

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.body().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("members[0].sex", "members[1].identityId");
        assertThat(api.get("/api/v1/households?q=" + phone).body().get("total").asLong()).isZero();
    }

    @Test
    void two_members_of_one_household_cannot_be_attached_to_the_same_identity() {
        String identity = identityOf(register(member("Գոհար", "Մանուկյան", "F", uniqueDate()), "Martuni"));
        Map<String, Object> a = member("Гоар", "Манукян", "F", uniqueDate());
        Map<String, Object> b = member("Gohar", "Manukyan", "F", uniqueDate());
        a.put("identityId", identity);
        b.put("identityId", identity);
        b.put("relationship", "SIBLING");

        var r = api.post("/api/v1/households", Map.of("registrationPoint", "Goris humanitarian centre",
                "members", List.of(a, b)));

        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.body().get("errors").findValuesAsString("field")).containsExactly("members[1].identityId");
    }

    /** Waits until the matcher has taken the person's "to be matched" marker (written by a correction). */
    /** Waits until matching has applied the person's latest entry in the change feed. */
    void awaitMatched(String personId) {
        long last = jdbc.sql("SELECT MAX(seq) FROM person_change WHERE person_id = ?").param(personId).query(Long.class).single();
        eventually(() -> feed.position(MatchWorker.CONSUMER).orElse(0) >= last ? true : null);
    }

    void correct(String personId, Map<String, Object> fields) {
        var r = api.patch("/api/v1/persons/" + personId, fields);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    @Test
    void a_possible_match_waiting_for_review_is_closed_when_one_record_is_corrected_to_someone_else() {
        String year = String.format("%04d", 1930 + ThreadLocalRandom.current().nextInt(60));
        String a = register(member("Ռուբեն", "Ավետիսյան", "M", year), "Kashatagh");
        identityOf(a);
        String b = register(member("Рубен", "Аветисян", "M", year), "Goris");
        if (identityOf(b).equals(identityOf(a))) return; // linked outright: nothing went to review
        eventually(() -> pendingBetween(a, b) ? true : null);

        correct(b, Map.of("givenName", "Гурген", "familyName", "Манукян", "birthDate", uniqueDate()));
        awaitMatched(b);

        assertThat(pendingBetween(a, b)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_item WHERE status = 'CLOSED' AND left_person_id IN (?, ?) AND right_person_id IN (?, ?)")
                .params(a, b, a, b).query(Long.class).single()).isEqualTo(1);
    }

    private boolean pendingBetween(String a, String b) {
        for (JsonNode i : api.get("/api/v1/review?status=pending&limit=500").body().get("items")) {
            if (List.of(a, b).contains(i.get("left").asString()) && List.of(a, b).contains(i.get("right").asString())) return true;
        }
        return false;
    }

    @Test
    void a_person_whose_name_is_corrected_to_the_spelling_of_an_earlier_record_joins_its_identity() {
        String born = uniqueDate();
        String earlier = register(member("Վարդան", "Հարությունյան", "M", born), "Stepanakert");
        String identity = identityOf(earlier);
        String mistyped = register(member("Վահրամ", "Մելքոնյան", "M", born), "Stepanakert");
        assertThat(identityOf(mistyped)).isNotEqualTo(identity);

        correct(mistyped, Map.of("givenName", "Вардан", "familyName", "Арутюнян"));
        awaitMatched(mistyped);

        assertThat(identityOf(mistyped)).isEqualTo(identity);
        assertThat(identityOf(earlier)).isEqualTo(identity);
    }

    @Test
    void a_person_corrected_away_from_a_match_leaves_the_identity() {
        String born = uniqueDate();
        String first = register(member("Армен", "Саркисян", "M", born), "Askeran");
        String identity = identityOf(first);
        String second = register(member("Արմեն", "Սարգսյան", "M", born), "Askeran");
        assertThat(identityOf(second)).isEqualTo(identity);

        // The second record was typed from the wrong passport: it is someone else.
        correct(second, Map.of("givenName", "Тигран", "familyName", "Оганесян", "birthDate", uniqueDate()));
        awaitMatched(second);

        assertThat(identityOf(second)).isNotEqualTo(identity);
        assertThat(identityOf(first)).isEqualTo(identity);
    }

    @Test
    void a_person_corrected_away_from_a_match_stays_when_a_person_said_same() {
        String born = uniqueDate();
        String first = register(member("Гаяне", "Мелконян", "F", born), "Hadrut");
        String identity = identityOf(first);
        String second = register(member("Գայանե", "Մելքոնյան", "F", born), "Hadrut");
        assertThat(identityOf(second)).isEqualTo(identity);
        var same = api.post("/api/v1/decisions", Map.of("left", first, "right", second, "decision", "SAME"));
        assertThat(same.status()).as(same.text()).isEqualTo(201);

        // A reviewer knows she is the same woman, whatever her second record now says.
        correct(second, Map.of("givenName", "Гоар", "birthDate", uniqueDate()));
        awaitMatched(second);

        assertThat(identityOf(second)).isEqualTo(identity);
    }

    @Test
    void a_review_decision_must_be_same_different_or_unsure() {
        var r = api.post("/api/v1/decisions", Map.of("left", "x", "right", "y", "decision", "MAYBE"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("decision");
    }

    @Test
    void a_second_instance_picks_up_records_registered_through_the_first_and_can_find_them() {
        // Another instance sharing the database: its own index, built from the database, then the feed.
        PersonIndex other = new PersonIndex(registered, feed, activeModel);
        other.build();
        long from = other.takeStart().orElseThrow();
        String born = uniqueDate();
        String person = register(member("Շողիկ", "Դանիելյան", "F", born), "Askeran");
        identityOf(person);
        assertThat(other.contains(person)).isFalse();

        other.apply(feed.entriesAfter(from, 100_000));

        assertThat(other.contains(person)).isTrue();
        assertThat(other.search(Map.of(PersonRecords.GIVEN_NAME, "Шогик", PersonRecords.FAMILY_NAME, "Даниелян",
                PersonRecords.BIRTH_DATE, born), 5, 0.5)).extracting(am.haven.match.Candidate::id).contains(person);
    }

    @Test
    void a_second_instance_replaces_a_record_another_instance_corrected() {
        PersonIndex other = new PersonIndex(registered, feed, activeModel);
        other.build();
        long from = other.takeStart().orElseThrow();
        String born = uniqueDate();
        String person = register(member("Նունե", "Թադևոսյան", "F", born), "Martuni");
        identityOf(person);
        other.apply(feed.entriesAfter(from, 100_000));
        assertThat(other.contains(person)).isTrue();

        // Corrected through this instance: the other one hears no event, only reads the feed.
        long beforeCorrection = feed.head();
        correct(person, Map.of("givenName", "Сусанна", "familyName", "Погосян"));
        other.apply(feed.entriesAfter(beforeCorrection, 100_000));

        assertThat(other.search(Map.of(PersonRecords.GIVEN_NAME, "Susanna", PersonRecords.FAMILY_NAME, "Poghosyan",
                PersonRecords.BIRTH_DATE, born), 5, 0.5)).extracting(am.haven.match.Candidate::id).contains(person);
        assertThat(other.search(Map.of(PersonRecords.GIVEN_NAME, "Nune", PersonRecords.FAMILY_NAME, "Tadevosyan",
                PersonRecords.BIRTH_DATE, born), 5, 0.5)).extracting(am.haven.match.Candidate::id).doesNotContain(person);
    }

    /**
     * Pauses matching here and waits for the round in progress; the feed's entries after the cursor
     * are then this test's (tests run one at a time), and the person index holds them.
     */
    am.haven.changes.ChangeBatch waitingBatch(String... personIds) throws Exception {
        dispatcher.awaitRound();
        long at = feed.position(MatchWorker.CONSUMER).orElseThrow();
        var batch = new am.haven.changes.ChangeBatch(at, feed.entriesAfter(at, MatchWorker.BATCH));
        assertThat(batch.personIds()).contains(personIds);
        return batch;
    }

    void pauseMatching() throws Exception {
        worker.pause();
        dispatcher.awaitRound();
    }

    @Test
    void two_records_of_one_new_person_placed_in_the_same_chunk_join_one_identity() throws Exception {
        pauseMatching();
        String armenian, russian;
        try {
            String born = uniqueDate();
            armenian = register(member("Վարդան", "Հարությունյան", "M", born), "Stepanakert");
            russian = register(member("Вардан", "Арутюнян", "M", born), "Степанакерт");
            // Neither is stored in an identity yet: the second joins the first through this chunk's own placements.
            var batch = waitingBatch(armenian, russian);
            assertThat(worker.process(batch)).isEqualTo(batch.personIds().size());
        } finally {
            worker.resume();
        }

        String identity = identityRepository.identityOf(armenian).orElseThrow();
        assertThat(identityRepository.identityOf(russian)).contains(identity);
        assertThat(identityRepository.historyOfIdentity(identity))
                .extracting(IdentityRepository.Event::personId, IdentityRepository.Event::source,
                        IdentityRepository.Event::previousIdentityId, IdentityRepository.Event::reason)
                // Both events fall in the same millisecond, which their ids do not order.
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(armenian, Source.NEW, null,
                                "no earlier record above the match threshold"),
                        org.assertj.core.groups.Tuple.tuple(russian, Source.MACHINE, null, "linked to " + armenian));
    }

    @Test
    void a_batch_matched_by_one_instance_is_not_matched_again_by_another_that_read_it_too() throws Exception {
        pauseMatching();
        List<String> persons = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) persons.add(register(member("Անի", "Սարգսյան", "F", uniqueDate()), "Askeran"));
            var batch = waitingBatch(persons.toArray(String[]::new));

            assertThat(worker.process(batch)).isEqualTo(batch.personIds().size());
            // As when another instance read the same entries and this one placed them first.
            assertThat(worker.process(batch)).isZero();
            assertThat(feed.position(MatchWorker.CONSUMER)).hasValue(batch.to());
        } finally {
            worker.resume();
        }
        for (String p : persons) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_event WHERE person_id = ?").param(p).query(Long.class).single())
                    .as("identity events of %s", p).isEqualTo(1);
        }
    }

    @Test
    void matching_stopped_mid_stream_resumes_after_the_last_entry_it_applied_missing_nothing_and_repeating_nothing()
            throws Exception {
        pauseMatching();
        List<String> persons = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) persons.add(register(member("Գայանե", "Մարտիրոսյան", "F", uniqueDate()), "Hadrut"));
            var batch = waitingBatch(persons.toArray(String[]::new));
            // The first ten entries are applied, then the instance stops (as a crash after a commit would).
            var firstTen = batch.slice(0, 10);
            worker.process(firstTen);
            assertThat(feed.position(MatchWorker.CONSUMER)).hasValue(firstTen.to());
        } finally {
            worker.resume();
        }
        for (String p : persons) awaitMatched(p);
        for (String p : persons) {
            assertThat(identityRepository.identityOf(p)).as("identity of %s", p).isPresent();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_event WHERE person_id = ?").param(p).query(Long.class).single())
                    .as("identity events of %s", p).isEqualTo(1);
        }
    }

    @Test
    void a_correction_after_a_registration_is_matched_after_it_with_the_corrected_values() throws Exception {
        pauseMatching();
        String kept, corrected, born = uniqueDate();
        try {
            kept = register(member("Լիլիթ", "Ավետիսյան", "F", uniqueDate()), "Martuni");
            corrected = register(member("Նարինե", "Գևորգյան", "F", born), "Martuni");
            correct(corrected, Map.of("givenName", "Наира"));
            var batch = waitingBatch(kept, corrected);
            assertThat(batch.changes()).filteredOn(c -> c.personId().equals(corrected))
                    .extracting(am.haven.changes.PersonChange::kind)
                    .containsExactly(am.haven.changes.ChangeKind.REGISTERED, am.haven.changes.ChangeKind.CORRECTED);

            worker.process(batch);
            assertThat(identityRepository.identityOf(kept)).isPresent();
            assertThat(identityRepository.identityOf(corrected)).isPresent();
        } finally {
            worker.resume();
        }
        // The index holds the corrected values: a later record of Naira joins her.
        String again = register(member("Նաիրա", "Գևորգյան", "F", born), "Martuni");
        assertThat(identityOf(again)).isEqualTo(identityRepository.identityOf(corrected).orElseThrow());
    }

    void runRelink() {
        var started = api.post("/api/v1/dedup/relink", null);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        String id = started.body().get("id").asString();
        JsonNode done = eventually(() -> {
            JsonNode j = api.get("/api/v1/dedup/relink/" + id).body();
            return "RUNNING".equals(j.get("status").asString()) ? null : j;
        });
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("DONE");
    }
}
