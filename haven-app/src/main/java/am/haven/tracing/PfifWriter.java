package am.haven.tracing;

import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes PFIF 1.4 documents with the JDK's StAX writer, elements in the order the 1.4 schema gives. */
final class PfifWriter {

    static final String NS = "http://zesty.ca/pfif/1.4";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private PfifWriter() {}

    static void write(List<PfifPerson> persons, Writer out) {
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setPrefix("pfif", NS);
            w.writeStartElement("pfif", "pfif", NS);
            w.writeNamespace("pfif", NS);
            for (PfifPerson p : persons) person(w, p);
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write PFIF: " + e.getMessage(), e);
        }
    }

    private static void person(XMLStreamWriter w, PfifPerson p) throws XMLStreamException {
        w.writeCharacters("\n  ");
        w.writeStartElement("pfif", "person", NS);
        field(w, 4, "person_record_id", p.personRecordId());
        field(w, 4, "entry_date", p.entryDate());
        field(w, 4, "author_name", p.authorName());
        field(w, 4, "author_email", p.authorEmail());
        field(w, 4, "author_phone", p.authorPhone());
        field(w, 4, "source_name", p.sourceName());
        field(w, 4, "source_date", p.sourceDate());
        field(w, 4, "source_url", p.sourceUrl());
        field(w, 4, "full_name", p.fullName());
        field(w, 4, "given_name", p.givenName());
        field(w, 4, "family_name", p.familyName());
        field(w, 4, "alternate_names", p.alternateNames());
        field(w, 4, "description", p.description());
        field(w, 4, "sex", p.sex());
        field(w, 4, "date_of_birth", p.dateOfBirth());
        field(w, 4, "age", p.age());
        field(w, 4, "home_city", p.homeCity());
        field(w, 4, "home_state", p.homeState());
        field(w, 4, "home_country", p.homeCountry());
        for (PfifNote n : p.notes()) note(w, n);
        w.writeCharacters("\n  ");
        w.writeEndElement();
    }

    private static void note(XMLStreamWriter w, PfifNote n) throws XMLStreamException {
        w.writeCharacters("\n    ");
        w.writeStartElement("pfif", "note", NS);
        field(w, 6, "note_record_id", n.noteRecordId());
        field(w, 6, "person_record_id", n.personRecordId());
        field(w, 6, "linked_person_record_id", n.linkedPersonRecordId());
        field(w, 6, "entry_date", n.entryDate());
        field(w, 6, "author_name", n.authorName());
        field(w, 6, "author_email", n.authorEmail());
        field(w, 6, "author_phone", n.authorPhone());
        field(w, 6, "source_date", n.sourceDate());
        field(w, 6, "author_made_contact", n.authorMadeContact() == null ? null : n.authorMadeContact().toString());
        field(w, 6, "status", n.status());
        field(w, 6, "last_known_location", n.lastKnownLocation());
        field(w, 6, "text", n.text());
        w.writeCharacters("\n    ");
        w.writeEndElement();
    }

    private static void field(XMLStreamWriter w, int indent, String name, String value) throws XMLStreamException {
        if (value == null) return;
        w.writeCharacters("\n" + " ".repeat(indent));
        w.writeStartElement("pfif", name, NS);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
