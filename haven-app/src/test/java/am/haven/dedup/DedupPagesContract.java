package am.haven.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.WebSession;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** De-duplication's pages: review queue, identity page, desk box, admin matching page and roles. */
abstract class DedupPagesContract {

    static final String PASSWORD = "a-long-test-password";

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired ReviewRepository reviews;

    WebSession caseworker;
    Api api;

    @BeforeEach
    void signIn() {
        String name = "case-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, "Caseworker", PASSWORD, EnumSet.of(Role.CASEWORKER));
        caseworker = new WebSession(port).signIn(name, PASSWORD);
        api = new Api(port, users.createToken("admin", "test"));
    }

    String registerOne(String given, String family, String birth) {
        var r = api.post("/api/v1/households", Map.of("registrationPoint", "Vayk community centre",
                "origin", Map.of("settlement", "Martuni"), "phone", "091" + (100000 + (int) (Math.random() * 899999)),
                "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                "members", List.of(Map.of("givenName", given, "familyName", family, "sex", "F",
                        "birthDate", birth, "relationship", "HEAD"))));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body().get("members").get(0).get("id").asString();
    }

    String identityOf(String personId) {
        return DedupApiContract.eventually(() -> {
            var p = api.get("/api/v1/persons/" + personId).body();
            return p.has("identityId") ? p.get("identityId").asString() : null;
        });
    }

    /** The review page that holds pair {@code id}: other tests' pairs share the queue and may come first. */
    static String reviewPageOf(ReviewRepository reviews, String id, String lang) {
        List<String> queue = reviews.list(ReviewRepository.Status.PENDING, 0, 100_000).stream().map(i -> i.id()).toList();
        int at = queue.indexOf(id);
        assertThat(at).as("pair %s is pending", id).isNotNegative();
        return "/review?lang=" + lang + "&page=" + at / DedupPagesController.REVIEW_PAGE;
    }

    @Test
    void a_caseworker_decides_a_pending_pair_from_the_review_page() {
        String a = registerOne("Գոհար", "Բաբայան", DedupApiContract.uniqueDate());
        String b = registerOne("Гоар", "Бабаян", DedupApiContract.uniqueDate());
        identityOf(a);
        identityOf(b);
        // Both are placed now; the matcher may have found them a possible match already. That item
        // gives way to this test's, whose explanation the page must show.
        reviews.closeOpen(a, b);
        reviews.open(a, b, 0.7, "[{\"comparison\":\"family_name\",\"level\":\"same sound key\",\"weight\":6.1}]", 1);
        String id = reviews.list(ReviewRepository.Status.PENDING, 0, 500).stream()
                .filter(i -> i.left().equals(DecisionRepository.min(a, b)) && i.right().equals(DecisionRepository.max(a, b)))
                .findFirst().orElseThrow().id();

        var page = caseworker.get(reviewPageOf(reviews, id, "en"));
        assertThat(page.status()).isEqualTo(200);
        var pair = page.html().getElementById("pair-" + id);
        assertThat(pair).isNotNull();
        assertThat(pair.text()).contains("Բաբայան", "Бабаян", "Family name", "same sound key");
        // The engine's explanation in the reader's language.
        assertThat(caseworker.get(reviewPageOf(reviews, id, "hy")).html().getElementById("pair-" + id).text())
                .contains("Ազգանուն", "նույն հնչյունային բանալին").doesNotContain("same sound key");
        assertThat(page.html().select("script[src*=review.js]")).isNotEmpty();

        var decided = caseworker.post("/review/" + id + "/decide", List.of(Map.entry("decision", "DIFFERENT")));
        assertThat(decided.status()).isEqualTo(302);
        assertThat(reviews.find(id).orElseThrow().status()).isEqualTo(ReviewRepository.Status.DECIDED);
        assertThat(caseworker.get("/review").html().getElementById("pair-" + id)).isNull();
    }

    @Test
    void the_review_page_shows_words_and_local_times_never_codes_nulls_or_utc_instants() {
        String a = registerOne("Նունե", "Մելքոնյան", DedupApiContract.uniqueDate());
        var r = api.post("/api/v1/households", Map.of("registrationPoint", "Vayk community centre",
                "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                "members", List.of(Map.of("givenName", "Нуне", "familyName", "Мелконян", "sex", "F", "relationship", "HEAD"))));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        String b = r.body().get("members").get(0).get("id").asString();
        identityOf(a);
        identityOf(b);
        reviews.closeOpen(a, b);
        reviews.open(a, b, 0.6, "[{\"comparison\":\"(prior)\",\"level\":\"\",\"weight\":-9.2},"
                + "{\"comparison\":\"family_name\",\"level\":\"same sound key\",\"weight\":6.1}]", 1);
        String id = reviews.list(ReviewRepository.Status.PENDING, 0, 500).stream()
                .filter(i -> i.left().equals(DecisionRepository.min(a, b)) && i.right().equals(DecisionRepository.max(a, b)))
                .findFirst().orElseThrow().id();

        for (String lang : List.of("en", "hy", "ru")) {
            var pair = caseworker.get(reviewPageOf(reviews, id, lang)).html().getElementById("pair-" + id);
            assertThat(pair).as(lang).isNotNull();
            assertThat(pair.text()).as(lang).doesNotContain("null", "(prior)", "T0", "T1", "T2", "Z ·");
            assertThat(pair.select("dd").eachText()).as(lang).doesNotContain("F", "M");
            assertThat(pair.select("time").eachText()).as(lang).allMatch(t -> t.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
        }
        var en = caseworker.get(reviewPageOf(reviews, id, "en")).html().getElementById("pair-" + id);
        assertThat(en.select("dd").eachText()).contains("Female", "—");
        assertThat(en.text()).contains("Base rate");
        assertThat(caseworker.get(reviewPageOf(reviews, id, "ru")).html().getElementById("pair-" + id).text()).contains("Женский");
    }

    @Test
    void the_review_queue_pages_past_its_first_fifty_pairs_and_the_lowest_pair_is_on_the_last_page() {
        List<String> persons = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) persons.add(registerOne("Սոնա", "Պետրոսյան", DedupApiContract.uniqueDate()));
        for (String p : persons) identityOf(p);
        int opened = 0;
        for (int i = 0; i < persons.size(); i++)
            for (int j = i + 1; j < persons.size(); j++) {
                reviews.closeOpen(persons.get(i), persons.get(j));
                // Below any pair the matcher or another test leaves: these go to the end of the queue.
                reviews.open(persons.get(i), persons.get(j), 0.0001 * (1 + opened++ % 3), "[]", 1);
            }
        try {
            var queue = reviews.list(ReviewRepository.Status.PENDING, 0, 100_000);
            assertThat(queue.size()).isGreaterThan(DedupPagesController.REVIEW_PAGE);
            int pages = (queue.size() + DedupPagesController.REVIEW_PAGE - 1) / DedupPagesController.REVIEW_PAGE;
            var firstPage = caseworker.get("/review?lang=en").html();
            assertThat(firstPage.select("article.review-pair")).hasSize(DedupPagesController.REVIEW_PAGE);
            assertThat(firstPage.select("nav.pager a[href*=page=1]")).isNotEmpty();
            assertThat(firstPage.select("nav.pager").first().text()).contains("1", String.valueOf(pages));

            var last = caseworker.get("/review?lang=en&page=" + (pages - 1)).html();
            assertThat(last.getElementById("pair-" + queue.get(queue.size() - 1).id())).isNotNull();
            assertThat(last.select("article.review-pair")).hasSize(queue.size() - (pages - 1) * DedupPagesController.REVIEW_PAGE);
            assertThat(last.select("nav.pager a[href*=page=" + (pages - 2) + "]")).isNotEmpty();
            assertThat(caseworker.get("/review?lang=en&page=" + (pages + 5)).html().select("article.review-pair")).isEmpty();
        } finally {
            for (int i = 0; i < persons.size(); i++)
                for (int j = i + 1; j < persons.size(); j++) reviews.closeOpen(persons.get(i), persons.get(j));
        }
    }

    @Test
    void the_identity_page_lists_records_and_a_split_can_be_undone_from_it() {
        String born = DedupApiContract.uniqueDate();
        String a = registerOne("Մարիամ", "Խաչատրյան", born);
        String identity = identityOf(a);
        String b = registerOne("Мариам", "Хачатрян", born);
        assertThat(identityOf(b)).isEqualTo(identity);

        var page = caseworker.get("/identities/" + identity);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Խաչատրյան", "Хачатрян");

        caseworker.post("/identities/" + identity + "/split", List.of(Map.entry("personId", b)));
        assertThat(identityOf(b)).isNotEqualTo(identity);
        var after = caseworker.get("/identities/" + identity + "?lang=en");
        assertThat(after.html().select(".history-list").text()).contains("automatic match", "linked to " + a, "by a person");
        // The history in the reader's language, ids as they are.
        assertThat(caseworker.get("/identities/" + identity + "?lang=hy").html().select(".history-list").text())
                .contains("ավտոմատ համընկնում", "կապվեց " + a + " գրառման հետ", "աշխատակցի կողմից").doesNotContain("linked to");
        var undo = after.html().selectFirst("form[action*=/undo]");
        assertThat(undo).isNotNull();
        caseworker.post(undo.attr("action"), List.of(Map.entry("back", identity)));
        assertThat(identityOf(b)).isEqualTo(identity);
    }

    @Test
    void the_desk_box_shows_an_earlier_registration_in_another_script() {
        String born = DedupApiContract.uniqueDate();
        identityOf(registerOne("Լիլիթ", "Մկրտչյան", born));   // matched, so in the index the box searches
        var box = caseworker.get("/dedup/desk-matches?givenName=Лилит&familyName=Мкртчян&birthDate=" + born + "&sex=F");
        assertThat(box.status()).isEqualTo(200);
        assertThat(box.body()).contains("Մկրտչյան", "Vayk community centre");
    }

    @Test
    void the_desk_box_offers_to_attach_the_member_to_the_earlier_registrations_identity() {
        String born = DedupApiContract.uniqueDate();
        String identity = identityOf(registerOne("Նունե", "Ադամյան", born));
        var box = caseworker.get("/dedup/desk-matches?givenName=Нуне&familyName=Адамян&birthDate=" + born + "&sex=F");
        var attach = box.html().selectFirst("button[data-attach=" + identity + "]");
        assertThat(attach).isNotNull();
        assertThat(attach.attr("type")).isEqualTo("button");
        assertThat(attach.attr("data-attached-text")).contains("Ադամյան Նունե");
    }

    List<Map.Entry<String, String>> deskForm(String identityId) {
        String key = caseworker.get("/register").html().selectFirst("input[name=idempotencyKey]").val();
        return List.of(Map.entry("idempotencyKey", key), Map.entry("registrationPoint", "Goris humanitarian centre"),
                Map.entry("members[0].familyName", "Адамян"), Map.entry("members[0].givenName", "Нуне"),
                Map.entry("members[0].sex", "F"), Map.entry("members[0].birthDate", DedupApiContract.uniqueDate()),
                Map.entry("members[0].relationship", "HEAD"), Map.entry("members[0].identityId", identityId));
    }

    @Test
    void the_desk_form_saves_the_member_into_the_identity_the_clerk_chose() {
        String earlier = registerOne("Նունե", "Ադամյան", DedupApiContract.uniqueDate());
        String identity = identityOf(earlier);

        var saved = caseworker.post("/register", deskForm(identity));

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String household = saved.redirectPath().substring("/households/".length());
        String person = api.get("/api/v1/households/" + household).body().get("members").get(0).get("id").asString();
        assertThat(api.get("/api/v1/persons/" + person).body().get("identityId").asString()).isEqualTo(identity);
    }

    @Test
    void an_identity_that_is_gone_is_named_next_to_the_member_and_can_be_let_go() {
        var page = caseworker.post("/register?lang=en", deskForm("gone-identity"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().selectFirst("[data-error-for='members[0].identityId']").text()).contains("no longer there");
        assertThat(page.html().selectFirst("input[name='members[0].identityId']").val()).isEqualTo("gone-identity");
        var note = page.html().getElementById("f-members[0].identityId");
        assertThat(note.hasAttr("hidden")).isFalse();
        assertThat(note.selectFirst("button[data-detach]")).isNotNull();
        assertThat(page.html().selectFirst("input[name='members[0].givenName']").val()).isEqualTo("Нуне");
    }

    @Test
    void only_admins_see_the_matching_page() {
        assertThat(caseworker.get("/admin/matching").status()).isEqualTo(403);
        String admin = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(admin, "Admin", PASSWORD, EnumSet.of(Role.ADMIN));
        WebSession session = new WebSession(port).signIn(admin, PASSWORD);
        var page = session.get("/admin/matching");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("a[href*=/admin/matching/models/]")).isNotEmpty();
        var json = session.get(page.html().selectFirst("a[href*=/admin/matching/models/]").attr("href"));
        assertThat(json.body()).contains("haven-match-model");
        var preview = session.post("/admin/matching/preview", List.of(Map.entry("threshold", "0.95"),
                Map.entry("possibleThreshold", "0.4")));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.html().getElementById("preview")).isNotNull();
    }

    @Test
    void a_shelter_coordinator_cannot_open_the_review_queue() {
        String name = "shelter-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, "Shelter", PASSWORD, EnumSet.of(Role.SHELTER));
        assertThat(new WebSession(port).signIn(name, PASSWORD).get("/review").status()).isEqualTo(403);
    }
}
