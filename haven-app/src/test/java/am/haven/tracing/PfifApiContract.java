package am.haven.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import am.haven.security.UserService;
import am.haven.testing.Api;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** PFIF 1.4 exchange over HTTP, run against every database. */
abstract class PfifApiContract {

    @LocalServerPort int port;
    @Autowired UserService users;

    Api api;

    @BeforeEach
    void signIn() {
        api = new Api(port, users.createToken("admin", "test"));
    }

    /**
     * Google Person Finder's public PFIF 1.4 test file in {@code <repo root>/../shared/data/pfif/};
     * a checkout in a worktree folder looks one level further up too.
     */
    static Path sample() {
        Path root = Path.of("").toAbsolutePath().getParent(); // tests run in haven-app/
        Path file = Path.of("shared", "data", "pfif", "personfinder-test-1.4.xml");
        for (Path dir = root.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(file))) return dir.resolve(file);
        }
        assumeTrue(false, "PFIF sample not found in " + root.getParent().resolve(file) + " or above; skipping");
        return null;
    }

    Api.Response sendXml(String xml) {
        try {
            var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/pfif"))
                    .header("Authorization", "Bearer " + users.createToken("admin", "test"))
                    .header("Content-Type", "application/xml")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build();
            var r = java.net.http.HttpClient.newHttpClient().send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.headers().firstValue("Content-Type").orElse("").contains("json") ? Api.parse(r.body()) : null;
            return new Api.Response(r.statusCode(), body, r.body(), r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode register(boolean consent, String given, String family, String birth) {
        Map<String, Object> m = new HashMap<>(Map.of("givenName", given, "familyName", family, "sex", "F",
                "birthDate", birth, "relationship", "HEAD"));
        var r = api.post("/api/v1/households", Map.of("registrationPoint", "Vayk", "origin", Map.of("settlement", "Martuni"),
                "consent", Map.of("assistance", true, "tracing", consent, "sharing", false), "members", List.of(m)));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.body();
    }

    @Test
    void imports_the_person_finder_sample_as_a_lead_with_its_notes_and_a_second_import_adds_nothing() throws Exception {
        String xml = Files.readString(sample());

        var first = sendXml(xml);
        var second = sendXml(xml);

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        JsonNode s = first.body();
        assertThat(s.get("personsCreated").asInt() + s.get("personsUnchanged").asInt()).isEqualTo(1);
        assertThat(s.get("notesCreated").asInt() + s.get("notesUnchanged").asInt()).isEqualTo(4);
        assertThat(second.body().get("personsCreated").asInt()).isZero();
        assertThat(second.body().get("notesCreated").asInt()).isZero();
        assertThat(second.body().get("personsUnchanged").asInt()).isEqualTo(1);

        var leads = api.get("/api/v1/tracing/cases?status=open&size=200");
        JsonNode lead = null;
        for (JsonNode c : leads.body().get("items")) {
            if ("test.google.com/person.21009".equals(c.path("pfifRecordId").asString(null))) lead = c;
        }
        assertThat(lead).isNotNull();
        assertThat(lead.get("source").asString()).isEqualTo("pfif");
        JsonNode full = api.get("/api/v1/tracing/cases/" + lead.get("id").asString()).body();
        assertThat(full.get("sought").get("birthDate").asString()).isEqualTo("1970-01");
        assertThat(full.get("sought").get("sex").asString()).isEqualTo("F");
        assertThat(full.get("notes").size()).isEqualTo(4);
        assertThat(full.get("notes").toString()).contains("believed_missing", "is_note_author", "PFIF test.google.com");
    }

    @Test
    void an_imported_lead_exports_again_as_it_came_in() throws Exception {
        PfifReader.Document original = PfifReader.read(Files.newInputStream(sample()));
        sendXml(Files.readString(sample()));

        var export = api.get("/api/v1/pfif?leads=true");
        PfifReader.Document again = PfifReader.read(new ByteArrayInputStream(export.text().getBytes(StandardCharsets.UTF_8)));

        PfifPerson in = original.persons().get(0);
        PfifPerson out = again.persons().stream().filter(p -> p.personRecordId().equals(in.personRecordId())).findFirst().orElseThrow();
        assertThat(out.fullName()).isEqualTo(in.fullName());
        assertThat(out.givenName()).isEqualTo(in.givenName());
        assertThat(out.familyName()).isEqualTo(in.familyName());
        assertThat(out.alternateNames()).isEqualTo(in.alternateNames());
        assertThat(out.sex()).isEqualTo(in.sex());
        assertThat(out.dateOfBirth()).isEqualTo(in.dateOfBirth());
        assertThat(out.sourceDate()).isEqualTo(in.sourceDate());
        assertThat(out.notes()).extracting(PfifNote::noteRecordId)
                .containsExactlyInAnyOrderElementsOf(in.notes().stream().map(PfifNote::noteRecordId).toList());
        for (PfifNote n : in.notes()) {
            PfifNote o = out.notes().stream().filter(x -> x.noteRecordId().equals(n.noteRecordId())).findFirst().orElseThrow();
            assertThat(o.text()).isEqualTo(n.text());
            assertThat(o.status()).isEqualTo(n.status());
            assertThat(o.sourceDate()).isEqualTo(n.sourceDate());
            assertThat(o.lastKnownLocation()).isEqualTo(n.lastKnownLocation());
            assertThat(o.linkedPersonRecordId()).isEqualTo(n.linkedPersonRecordId());
        }
    }

    @Test
    void exports_consented_persons_with_other_scripts_partial_birth_dates_and_notes() {
        JsonNode consented = register(true, "Սաթենիկ", "Խաչատրյան", "1965-03");
        JsonNode refused = register(false, "Սաթենիկ", "Ղազարյան", "1966");
        String personId = consented.get("members").get(0).get("id").asString();
        var note = api.post("/api/v1/tracing/persons/" + personId + "/notes",
                Map.of("status", "believed_alive", "text", "Called her sister from Vayk"));
        assertThat(note.status()).as(note.text()).isEqualTo(201);

        var r = api.get("/api/v1/pfif?since=" + consented.get("registeredAt").asString());

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/xml");
        PfifReader.Document doc = PfifReader.read(new ByteArrayInputStream(r.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(r.text()).contains("xmlns:pfif=\"http://zesty.ca/pfif/1.4\"");
        PfifPerson p = doc.persons().stream().filter(x -> x.personRecordId().endsWith("/person." + personId)).findFirst().orElseThrow();
        assertThat(p.personRecordId()).matches("[^/]+/person\\." + personId);
        assertThat(p.fullName()).isEqualTo("Սաթենիկ Խաչատրյան");
        assertThat(p.alternateNames()).contains("Satenik Khachatryan").containsPattern("[А-Яа-я]+");
        assertThat(p.dateOfBirth()).isEqualTo("1965-03");
        assertThat(p.sex()).isEqualTo("female");
        assertThat(p.sourceDate()).isNotBlank();
        assertThat(p.notes()).hasSize(1);
        assertThat(p.notes().get(0).status()).isEqualTo("believed_alive");
        assertThat(p.notes().get(0).authorName()).isNotBlank();
        String refusedId = refused.get("members").get(0).get("id").asString();
        assertThat(r.text()).doesNotContain(refusedId);
    }

    @Test
    void importing_our_own_export_recognises_every_record_and_adds_nothing() {
        JsonNode h = register(true, "Ալվարդ", "Բեգլարյան", "1950");
        String personId = h.get("members").get(0).get("id").asString();
        api.post("/api/v1/tracing/persons/" + personId + "/notes", Map.of("status", "believed_alive", "text", "Safe in Goris"));
        String xml = api.get("/api/v1/pfif?since=" + h.get("registeredAt").asString()).text();

        JsonNode s = sendXml(xml).body();

        assertThat(s.get("personsCreated").asInt()).isZero();
        assertThat(s.get("notesCreated").asInt()).isZero();
        assertThat(s.get("personsUnchanged").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(s.get("notesUnchanged").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void refuses_a_document_with_an_external_entity() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE pfif [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person>
                <pfif:person_record_id>evil.example/p.1</pfif:person_record_id><pfif:full_name>&x;</pfif:full_name>
                </pfif:person></pfif:pfif>""";

        var r = sendXml(xml);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).doesNotContain("root:");
    }

    @Test
    void rejects_a_bad_since_date() {
        var r = api.get("/api/v1/pfif?since=yesterday");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("since");
    }
}
