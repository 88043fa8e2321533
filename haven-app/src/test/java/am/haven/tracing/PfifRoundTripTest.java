package am.haven.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PfifRoundTripTest {

    static PfifReader.Document roundTrip(List<PfifPerson> persons) {
        StringWriter out = new StringWriter();
        PfifWriter.write(persons, out);
        return PfifReader.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writing_then_reading_reproduces_persons_and_notes_field_by_field() {
        PfifNote note = new PfifNote("haven.local/note.1", "haven.local/person.1", "other.org/p.9", "2023-09-28T10:00:00Z",
                "Anahit", "a@example.org", "+37491000000", "2023-09-28T09:00:00Z", true, "believed_alive",
                "Goris", "Seen at the centre\nwith her son");
        PfifPerson person = new PfifPerson("haven.local/person.1", "2023-09-27T10:00:00Z", "Haven registration", null, null,
                "Haven", "2023-09-27T10:00:00Z", null, "Արամ Հովհաննիսյան", "Արամ", "Հովհաննիսյան",
                "Aram Hovhannisyan\nАрам Оганесян", null, "male", "1961", null, "Stepanakert", null, null, List.of(note));

        PfifReader.Document doc = roundTrip(List.of(person));

        assertThat(doc.persons()).containsExactly(person);
        assertThat(doc.orphanNotes()).isEmpty();
    }

    @Test
    void top_level_notes_join_their_person_and_strays_are_reported() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">
                  <pfif:person><pfif:person_record_id>a.org/p.1</pfif:person_record_id>
                    <pfif:full_name>  Ani  </pfif:full_name></pfif:person>
                  <pfif:note><pfif:note_record_id>a.org/n.1</pfif:note_record_id>
                    <pfif:person_record_id>a.org/p.1</pfif:person_record_id><pfif:text>x</pfif:text></pfif:note>
                  <pfif:note><pfif:note_record_id>a.org/n.2</pfif:note_record_id>
                    <pfif:person_record_id>a.org/p.2</pfif:person_record_id><pfif:text>y</pfif:text></pfif:note>
                </pfif:pfif>""";

        PfifReader.Document doc = PfifReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(doc.persons().get(0).fullName()).isEqualTo("Ani");
        assertThat(doc.persons().get(0).notes()).extracting(PfifNote::noteRecordId).containsExactly("a.org/n.1");
        assertThat(doc.orphanNotes()).extracting(PfifNote::noteRecordId).containsExactly("a.org/n.2");
    }

    @Test
    void a_document_in_another_namespace_is_not_pfif() {
        String xml = "<pfif xmlns=\"http://example.org/other\"><person/></pfif>";

        assertThatThrownBy(() -> PfifReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PfifReader.InvalidPfifException.class);
    }
}
