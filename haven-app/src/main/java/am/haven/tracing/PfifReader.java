package am.haven.tracing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads PFIF documents (1.4, and the 1.x versions whose fields it shares) with the JDK's StAX
 * reader. DTDs and external entities are refused: an uploaded file must not make the server read
 * its own files or the network (XXE). Notes may be nested in their person or stand at the top
 * level with a {@code person_record_id}; both end up in {@link PfifPerson#notes()} when the person
 * is in the document, else in {@link Document#orphanNotes()}.
 */
final class PfifReader {

    private static final String NS_PREFIX = "http://zesty.ca/pfif/1.";

    private PfifReader() {}

    /** What a document held. */
    record Document(List<PfifPerson> persons, List<PfifNote> orphanNotes) {}

    /** The document could not be read as PFIF; the message says where. */
    static final class InvalidPfifException extends RuntimeException {
        InvalidPfifException(String message) {
            super(message);
        }
    }

    static Document read(InputStream in) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            XMLStreamReader r = f.createXMLStreamReader(in); // detects the encoding from the declaration
            try {
                return document(r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
            throw new InvalidPfifException("not well-formed XML" + where + ": " + e.getMessage());
        }
    }

    private static Document document(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) { /* skip prolog */ }
        if (!r.isStartElement() || !"pfif".equals(r.getLocalName()) || !isPfif(r.getNamespaceURI())) {
            throw new InvalidPfifException("the root element must be pfif:pfif in namespace http://zesty.ca/pfif/1.4");
        }
        List<Map<String, String>> persons = new ArrayList<>();
        List<List<Map<String, String>>> nested = new ArrayList<>();
        List<Map<String, String>> topNotes = new ArrayList<>();
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.END_ELEMENT) break;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            if ("person".equals(r.getLocalName())) {
                List<Map<String, String>> notes = new ArrayList<>();
                persons.add(record(r, notes));
                nested.add(notes);
            } else if ("note".equals(r.getLocalName())) {
                topNotes.add(record(r, null));
            } else {
                skip(r);
            }
        }
        Map<String, List<PfifNote>> notesByPerson = new HashMap<>();
        List<PfifNote> orphans = new ArrayList<>();
        for (Map<String, String> n : topNotes) {
            PfifNote note = note(n, null);
            if (note.personRecordId() == null) orphans.add(note);
            else notesByPerson.computeIfAbsent(note.personRecordId(), k -> new ArrayList<>()).add(note);
        }
        List<PfifPerson> out = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            Map<String, String> p = persons.get(i);
            String id = p.get("person_record_id");
            List<PfifNote> notes = new ArrayList<>();
            nested.get(i).forEach(n -> notes.add(note(n, id)));
            List<PfifNote> pointing = id == null ? null : notesByPerson.remove(id);
            if (pointing != null) notes.addAll(pointing);
            out.add(person(p, notes));
        }
        notesByPerson.values().forEach(orphans::addAll);
        return new Document(out, orphans);
    }

    private static boolean isPfif(String ns) {
        return ns != null && ns.startsWith(NS_PREFIX);
    }

    // Reads the simple child elements of the current element into a map; nested notes go to `notes`.
    private static Map<String, String> record(XMLStreamReader r, List<Map<String, String>> notes) throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.END_ELEMENT) return fields;
            if (e != XMLStreamConstants.START_ELEMENT) continue;
            String name = r.getLocalName();
            if ("note".equals(name) && notes != null) {
                notes.add(record(r, null));
            } else {
                String text = r.getElementText().strip();
                if (!text.isEmpty()) fields.put(name, text);
            }
        }
        return fields;
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) depth++;
            else if (e == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    private static PfifPerson person(Map<String, String> f, List<PfifNote> notes) {
        return new PfifPerson(f.get("person_record_id"), f.get("entry_date"), f.get("author_name"),
                f.get("author_email"), f.get("author_phone"), f.get("source_name"), f.get("source_date"),
                f.get("source_url"), f.get("full_name"), f.get("given_name"), f.get("family_name"),
                f.get("alternate_names"), f.get("description"), f.get("sex"), f.get("date_of_birth"), f.get("age"),
                f.get("home_city"), f.get("home_state"), f.get("home_country"), List.copyOf(notes));
    }

    private static PfifNote note(Map<String, String> f, String parentId) {
        String contact = f.get("author_made_contact");
        String personId = f.getOrDefault("person_record_id", parentId);
        return new PfifNote(f.get("note_record_id"), personId, f.get("linked_person_record_id"), f.get("entry_date"),
                f.get("author_name"), f.get("author_email"), f.get("author_phone"), f.get("source_date"),
                contact == null ? null : Boolean.valueOf(contact.trim()), f.get("status"),
                f.get("last_known_location"), f.get("text"));
    }
}
