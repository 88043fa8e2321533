package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.WebSession;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The desk and household pages over real HTTP (no browser), run against every database. */
abstract class DeskPagesContract {

    static final String PASSWORD = "desk-test-password";

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;

    WebSession registrar;
    String registrarName;

    @BeforeEach
    void signInAsRegistrar() {
        registrarName = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(registrarName, "Desk clerk", PASSWORD, EnumSet.of(Role.REGISTRAR));
        registrar = new WebSession(port).signIn(registrarName, PASSWORD);
    }

    long households() {
        return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
    }

    long persons() {
        return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    }

    static List<Map.Entry<String, String>> household(String key, String... memberFields) {
        List<Map.Entry<String, String>> f = new ArrayList<>(List.of(
                Map.entry("idempotencyKey", key),
                Map.entry("registrationPoint", "Goris humanitarian centre"),
                Map.entry("origin.settlement", "Մարտունի"),
                Map.entry("phone", "091 23 45 67"),
                Map.entry("destination", "Yerevan"),
                Map.entry("consent.assistance", "true"),
                Map.entry("consent.tracing", "true")));
        for (int i = 0; i + 1 < memberFields.length; i += 2) f.add(Map.entry(memberFields[i], memberFields[i + 1]));
        return f;
    }

    static String[] armenianFamily(String family) {
        return new String[] {
                "members[0].familyName", family, "members[0].givenName", "Արամ", "members[0].sex", "M",
                "members[0].birthDate", "1961", "members[0].relationship", "HEAD",
                "members[0].documents[0].type", "ARMENIAN_PASSPORT", "members[0].documents[0].number", "AM1234567",
                "members[0].needs", "MOBILITY",
                "members[2].familyName", family, "members[2].givenName", "Անի", "members[2].sex", "F",
                "members[2].birthDate", "2012-05-14", "members[2].relationship", "CHILD"};
    }

    @Test
    void the_desk_form_shows_each_problem_next_to_its_input_keeps_what_was_typed_and_writes_nothing() {
        WebSession.Page form = registrar.get("/register");
        String key = form.html().selectFirst("input[name=idempotencyKey]").val();
        long before = households();
        long personsBefore = persons();

        WebSession.Page page = registrar.post("/register", household(key,
                "members[0].familyName", "", "members[0].givenName", "Արամ", "members[0].sex", "M",
                "members[0].birthDate", "2999-01-01", "members[0].relationship", "HEAD",
                "members[1].familyName", "Հովհաննիսյան", "members[1].givenName", "Անի", "members[1].sex", "F",
                "members[1].phone", "12"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(errorFor(page, "members[0].familyName")).isNotNull();
        assertThat(errorFor(page, "members[0].birthDate").text()).contains("2999-01-01");
        assertThat(errorFor(page, "members[1].phone")).isNotNull();
        Element birth = page.html().selectFirst("input[name=members[0].birthDate]");
        assertThat(birth.hasClass("invalid")).isTrue();
        assertThat(birth.val()).isEqualTo("2999-01-01");
        assertThat(page.html().selectFirst("input[name=members[1].familyName]").val()).isEqualTo("Հովհաննիսյան");
        assertThat(page.html().selectFirst("input[name=idempotencyKey]").val()).isEqualTo(key);
        assertThat(page.html().select(".error-summary li")).hasSize(3);
        assertThat(households()).isEqualTo(before);
        assertThat(persons()).isEqualTo(personsBefore);
    }

    @Test
    void a_form_sent_twice_registers_one_household_and_both_answers_lead_to_it() {
        String key = registrar.get("/register").html().selectFirst("input[name=idempotencyKey]").val();
        long before = households();
        String family = "Սարգսյան" + letters();

        WebSession.Page first = registrar.post("/register", household(key, armenianFamily(family)));
        WebSession.Page second = registrar.post("/register", household(key, armenianFamily(family)));

        assertThat(first.status()).isEqualTo(302);
        assertThat(first.redirectPath()).startsWith("/households/");
        assertThat(second.redirectPath()).isEqualTo(first.redirectPath());
        assertThat(households()).isEqualTo(before + 1);
        // The clerk's registration point is offered again on the next form.
        assertThat(registrar.get("/register").html().selectFirst("select[name=registrationPoint] option[selected]").val())
                .isEqualTo("Goris humanitarian centre");
        // The blank middle row (index 1) was dropped: two members, the child at position 1.
        String id = first.redirectPath().substring("/households/".length());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE household_id = ?").param(id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void the_household_page_shows_names_as_typed_and_in_latin_and_the_card_carries_a_qr_code_of_the_number() {
        String key = registrar.get("/register").html().selectFirst("input[name=idempotencyKey]").val();
        String path = registrar.post("/register", household(key, armenianFamily("Հովհաննիսյան"))).redirectPath();

        WebSession.Page page = registrar.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Հովհաննիսյան Արամ", "Hovhannisyan Aram", "AM1234567");
        String number = page.html().selectFirst("h1 .number").text();
        assertThat(number).matches("\\d{6}-\\d");

        WebSession.Page card = registrar.get(path + "/card");
        assertThat(card.status()).isEqualTo(200);
        Element qr = card.html().selectFirst("svg.qr");
        assertThat(qr).isNotNull();
        assertThat(qr.attr("data-qr")).isEqualTo(number);
        assertThat(qr.selectFirst("path").attr("d")).isNotBlank();
    }

    @Test
    void the_list_finds_a_household_typed_in_armenian_by_its_armenian_or_latin_name_and_by_phone() {
        String family = "Ղազարյան" + letters();
        String key = registrar.get("/register").html().selectFirst("input[name=idempotencyKey]").val();
        String path = registrar.post("/register", household(key, armenianFamily(family))).redirectPath();

        String latin = Names.latin(family);
        // The phone is shared by every test household; the newest comes first.
        for (String q : List.of(family, latin, latin.toUpperCase(), "+374 91 234567")) {
            WebSession.Page list = registrar.get("/households?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.html().select("#results a[href=" + path + "]")).as("search for " + q).isNotEmpty();
        }
    }

    @Test
    void the_list_finds_one_family_name_from_armenian_cyrillic_passport_latin_and_russian_derived_latin_spellings() {
        List<String> typed = List.of("Հովհաննիսյան", "Оганесян", "Hovhannisyan");
        List<String> paths = new ArrayList<>();
        for (String family : typed) {
            String key = registrar.get("/register").html().selectFirst("input[name=idempotencyKey]").val();
            paths.add(registrar.post("/register", household(key, "members[0].familyName", family,
                    "members[0].givenName", "Արտավազդ", "members[0].sex", "M", "members[0].birthDate", "1970",
                    "members[0].relationship", "HEAD")).redirectPath());
        }
        String key = registrar.get("/register").html().selectFirst("input[name=idempotencyKey]").val();
        String other = registrar.post("/register", household(key, "members[0].familyName", "Ղազարյան",
                "members[0].givenName", "Արտավազդ", "members[0].sex", "M", "members[0].birthDate", "1970",
                "members[0].relationship", "HEAD")).redirectPath();

        for (String q : List.of("Հովհաննիսյան", "Оганесян", "Ованесян", "Hovhannisyan", "Hovannisyan",
                "Оганесян Артавазд", "hovhannisyan artavazd")) {
            WebSession.Page list = registrar.get("/households?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(list.status()).isEqualTo(200);
            List<String> found = list.html().select("#results td:first-child a").eachAttr("href");
            assertThat(found).as("search for " + q).containsAll(paths).doesNotContain(other);
        }
    }

    @Test
    void the_desk_offers_its_registration_points_as_a_choice_and_refuses_a_point_it_does_not_know() {
        WebSession.Page form = registrar.get("/register");
        assertThat(form.html().select("select[name=registrationPoint] option").eachAttr("value"))
                .contains("Goris humanitarian centre", "Kornidzor humanitarian centre");
        String key = form.html().selectFirst("input[name=idempotencyKey]").val();
        long before = households();
        List<Map.Entry<String, String>> fields = new ArrayList<>(household(key, armenianFamily("Գրիգորյան" + letters())));
        fields.replaceAll(e -> e.getKey().equals("registrationPoint") ? Map.entry("registrationPoint", "Gor") : e);

        WebSession.Page page = registrar.post("/register", fields);

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().selectFirst("#f-registrationPoint").hasClass("invalid")).isTrue();
        assertThat(households()).isEqualTo(before);
    }

    @Test
    void correcting_a_member_keeps_the_previous_value_in_the_history() {
        String key = registrar.get("/register").html().selectFirst("input[name=idempotencyKey]").val();
        String path = registrar.post("/register", household(key, armenianFamily("Մելքոնյան"))).redirectPath();
        WebSession.Page page = registrar.get(path);
        Element form = page.html().select("form[action~=/members/]").first();

        WebSession.Page saved = registrar.post(form.attr("action"), List.of(
                Map.entry("familyName", "Մելքոնյան"), Map.entry("givenName", "Արամ"), Map.entry("sex", "M"),
                Map.entry("birthDate", "1961-04-02"), Map.entry("relationship", "HEAD")));
        assertThat(saved.status()).isEqualTo(302);

        WebSession.Page after = registrar.get(path);
        assertThat(after.html().select(".history-list li").text()).contains("birthDate", "1961", "1961-04-02");
    }

    @Test
    void correcting_a_member_on_the_page_keeps_documents_the_form_does_not_show() {
        String key = registrar.get("/register").html().selectFirst("input[name=idempotencyKey]").val();
        List<Map.Entry<String, String>> fields = household(key, armenianFamily("Վարդանյան"));
        fields.add(Map.entry("members[0].documents[1].type", "BIRTH_CERTIFICATE"));
        fields.add(Map.entry("members[0].documents[1].number", "II-ԱՀ 123456"));
        String path = registrar.post("/register", fields).redirectPath();
        Element form = registrar.get(path).html().select("form[action~=/members/]").first();
        List<Map.Entry<String, String>> edit = new ArrayList<>();
        for (Element input : form.select("input[name], select[name]")) {
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").stream().findFirst().map(o -> o.val()).orElse("")
                    : input.val();
            if (input.attr("type").equals("checkbox") && !input.hasAttr("checked")) continue;
            edit.add(Map.entry(input.attr("name"), input.attr("name").equals("givenName") ? "Արմեն" : value));
        }

        assertThat(registrar.post(form.attr("action"), edit).status()).isEqualTo(302);

        String id = path.substring("/households/".length());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_document d JOIN person p ON p.id = d.person_id "
                + "WHERE p.household_id = ? AND p.given_name = 'Արմեն'").param(id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_bad_correction_is_shown_next_to_the_input_of_that_member_only() {
        String key = registrar.get("/register").html().selectFirst("input[name=idempotencyKey]").val();
        String path = registrar.post("/register", household(key, armenianFamily("Դավթյան"))).redirectPath();
        Element form = registrar.get(path).html().select("form[action~=/members/]").first();

        WebSession.Page page = registrar.post(form.attr("action"), List.of(
                Map.entry("familyName", "Դավթյան"), Map.entry("givenName", "Արամ"), Map.entry("sex", "M"),
                Map.entry("birthDate", "2999"), Map.entry("relationship", "HEAD")));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select("[data-error-for=birthDate]")).hasSize(1);
        assertThat(page.html().select("details.edit[open] input[name=birthDate]").val()).isEqualTo("2999");
    }

    @Test
    void the_pages_speak_armenian_after_the_language_switch_and_remember_it() {
        WebSession.Page page = registrar.get("/register?lang=hy");
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("hy");
        assertThat(page.html().select("label").text()).contains("Ազգանուն", "Ծննդյան ամսաթիվ");

        String key = page.html().selectFirst("input[name=idempotencyKey]").val();
        WebSession.Page bad = registrar.post("/register", household(key,
                "members[0].familyName", "", "members[0].givenName", "Արամ", "members[0].sex", "M"));
        assertThat(errorFor(bad, "members[0].familyName").text()).isEqualTo("Պարտադիր դաշտ։");
        assertThat(registrar.get("/households?lang=ru").html().select("h1").text()).isEqualTo("Семьи");
    }

    @Test
    void a_registrar_starts_at_the_desk_and_may_not_manage_users() {
        assertThat(registrar.get("/").redirectPath()).isEqualTo("/register");
        WebSession.Page denied = registrar.get("/admin/users?lang=en");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.html().select("h1").text()).isEqualTo("Your role does not allow this page.");
        assertThat(registrar.post("/admin/users", List.of(Map.entry("username", "intruder"),
                Map.entry("password", "0123456789"), Map.entry("roles", "ADMIN"))).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = 'intruder'").query(Long.class).single()).isZero();
    }

    @Test
    void an_unknown_household_is_a_page_saying_so() {
        WebSession.Page page = registrar.get("/households/01234567-89ab-7def-8123-456789abcdef?lang=en");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().select("h1").text()).isEqualTo("This page or record does not exist.");
    }

    @Test
    void a_shelter_coordinator_sees_that_a_member_needs_an_accessible_site_but_no_medical_details() {
        String key = registrar.get("/register").html().selectFirst("input[name=idempotencyKey]").val();
        String[] family = armenianFamily("Բաբայան");
        List<Map.Entry<String, String>> fields = household(key, family);
        fields.add(Map.entry("members[2].needs", "PREGNANT_LACTATING"));
        String path = registrar.post("/register", fields).redirectPath();
        String name = "shelter-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(name, "Shelter desk", PASSWORD, EnumSet.of(Role.SHELTER));
        WebSession shelter = new WebSession(port).signIn(name, PASSWORD);

        WebSession.Page page = shelter.get(path + "?lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".tag.need").eachText()).containsExactly("Wheelchair or walking aid");
        assertThat(page.html().select("form")).allMatch(f -> f.hasClass("logout"));
        assertThat(registrar.get(path + "?lang=en").html().select(".tag.need").eachText())
                .containsExactlyInAnyOrder("Wheelchair or walking aid", "Pregnant or breastfeeding");
    }

    @Test
    void an_administrator_creates_a_user_and_disables_it() {
        WebSession admin = new WebSession(port).signIn("admin", am.haven.testing.TestUsers.ADMIN_PASSWORD);
        String name = "shelter-" + UUID.randomUUID().toString().substring(0, 8);
        admin.get("/admin/users");
        WebSession.Page created = admin.post("/admin/users", List.of(Map.entry("username", name),
                Map.entry("displayName", "Shelter desk"), Map.entry("password", "0123456789ab"), Map.entry("roles", "SHELTER")));
        assertThat(created.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").html().select("#user-" + name)).hasSize(1);

        WebSession.Page updated = admin.post("/admin/users/" + name, List.of(Map.entry("roles", "SHELTER")));
        assertThat(updated.status()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT enabled FROM app_user WHERE username = ?").param(name).query(Boolean.class).single()).isFalse();

        WebSession.Page tooShort = admin.post("/admin/users", List.of(Map.entry("username", name + "x"),
                Map.entry("password", "short"), Map.entry("roles", "SHELTER")));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.html().select("[data-error-for=password]")).hasSize(1);
    }

    private static Element errorFor(WebSession.Page page, String field) {
        return page.html().selectFirst("[data-error-for=\"" + field + "\"]");
    }

    /** A few random Armenian letters, so names are unique across tests sharing one database. */
    static String letters() {
        String alphabet = "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցփքօֆ";
        StringBuilder sb = new StringBuilder();
        java.util.Random r = new java.util.Random();
        for (int i = 0; i < 4; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return sb.toString();
    }
}
