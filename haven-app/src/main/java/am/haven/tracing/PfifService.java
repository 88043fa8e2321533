package am.haven.tracing;

import am.haven.match.normalize.PartialDate;
import am.haven.registration.PersonFacts;
import am.haven.registration.RegisteredPersons;
import am.haven.security.AuditLog;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.Timestamps;
import java.io.InputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PFIF 1.4 exchange. Export: registered persons whose household consented to tracing, with their
 * notes (and, on request, the leads imported from other finders). Import: another finder's persons
 * become tracing leads (cases of source {@code pfif}) with their notes; registrations are never
 * touched. Records of Haven's own domain are recognised, so importing an export twice adds nothing.
 */
@Service
public class PfifService {

    private final RegisteredPersons persons;
    private final CaseRepository cases;
    private final NoteRepository notes;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String domain;
    private final TracingWorker worker;
    private final CaseMatcher matcher;

    public PfifService(RegisteredPersons persons, CaseRepository cases, NoteRepository notes, AuditLog audit,
                       PlatformTransactionManager txManager, Optional<Clock> clock,
                       @Value("${haven.tracing.pfif-domain:haven.local}") String domain, TracingWorker worker,
                       CaseMatcher matcher) {
        this.worker = worker;
        this.matcher = matcher;
        this.persons = persons;
        this.cases = cases;
        this.notes = notes;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock.orElse(Clock.systemUTC());
        this.domain = domain;
    }

    /** The domain part of the record ids Haven writes ({@code domain/person.ID}). */
    public String domain() {
        return domain;
    }

    /**
     * Writes consented persons registered or noted at or after {@code since} (all when null), with
     * their notes; with {@code leads}, also the leads imported from other finders changed since then.
     * Every person written is an audited read.
     */
    public void export(String since, boolean leads, Writer out) {
        String from = since == null || since.isBlank() ? "" : sinceText(since);
        List<PersonFacts> chosen = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        persons.forEach(p -> {
            if (p.consentTracing() && p.registeredAt().compareTo(from) >= 0) {
                chosen.add(p);
                ids.add(p.personId());
            }
        });
        List<String> noted = notes.personsNotedSince(from).stream().filter(id -> !ids.contains(id)).toList();
        persons.byIds(noted).stream().filter(PersonFacts::consentTracing).forEach(p -> {
            chosen.add(p);
            ids.add(p.personId());
        });
        Map<String, List<Note>> notesByPerson = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(ids), 500)) {
            notes.ofPersons(chunk).forEach(n -> notesByPerson.computeIfAbsent(n.personId(), k -> new ArrayList<>()).add(n));
        }
        List<PfifPerson> out2 = new ArrayList<>();
        for (PersonFacts p : chosen) out2.add(person(p, notesByPerson.getOrDefault(p.personId(), List.of())));
        List<String> leadIds = new ArrayList<>();
        if (leads) {
            for (CaseRepository.Row r : cases.leadsChangedSince(from)) {
                out2.add(lead(r, notes.ofCase(r.id())));
                leadIds.add(r.id());
            }
        }
        for (List<String> chunk : chunks(new ArrayList<>(ids), 1000)) audit.recordRead("person", chunk, "pfif export");
        if (!leadIds.isEmpty()) audit.recordRead("tracing_case", leadIds, "pfif export");
        PfifWriter.write(out2, out);
    }

    /** Imports a PFIF document in one transaction: all of it or, on an unreadable document, nothing. */
    public PfifImportSummary importDocument(InputStream in) {
        PfifReader.Document doc;
        try {
            doc = PfifReader.read(in);
        } catch (PfifReader.InvalidPfifException e) {
            throw InvalidRequestException.of("body", e.getMessage());
        }
        Importer importer = new Importer(AuditLog.currentActor(), Timestamps.format(clock.instant()));
        tx.executeWithoutResult(s -> {
            doc.persons().forEach(importer::person);
            for (PfifNote n : doc.orphanNotes()) {
                importer.skippedNote(n, "its person " + n.personRecordId() + " is not in the document");
            }
            audit.record("IMPORT", "pfif", null, importer.summary().toString());
        });
        // New leads are searched for in the background, after the import has committed.
        List<String> leads = List.copyOf(importer.newLeads);
        worker.submit(() -> leads.forEach(matcher::searchForCase));
        return importer.summary();
    }

    private final class Importer {
        private final String actor;
        private final String now;
        private int pCreated, pUpdated, pUnchanged, pSkipped, nCreated, nUnchanged, nSkipped;
        private final List<String> warnings = new ArrayList<>();
        final List<String> newLeads = new ArrayList<>();

        Importer(String actor, String now) {
            this.actor = actor;
            this.now = now;
        }

        void person(PfifPerson p) {
            String id = p.personRecordId();
            if (id == null || !id.contains("/")) {
                pSkipped++;
                warn("a person without a valid person_record_id (domain/id) was skipped: " + p.fullName());
                p.notes().forEach(n -> skippedNote(n, "its person has no person_record_id"));
                return;
            }
            String ownPerson = ownId(id, "person.");
            if (ownPerson != null) {
                pUnchanged++;
                boolean registered = !persons.byIds(List.of(ownPerson)).isEmpty();
                for (PfifNote n : p.notes()) note(n, null, registered ? ownPerson : null);
                return;
            }
            CaseRepository.Row row = leadRow(p);
            Optional<CaseRepository.Row> existing = cases.findByPfifRecordId(id);
            String caseId;
            if (existing.isEmpty()) {
                cases.insert(row);
                cases.addEvent(row.id(), now, actor, "imported", id);
                newLeads.add(row.id());
                pCreated++;
                caseId = row.id();
            } else {
                caseId = existing.get().id();
                if (sameDescription(existing.get(), row)) {
                    pUnchanged++;
                } else {
                    cases.updateLead(withId(row, caseId));
                    cases.addEvent(caseId, now, actor, "reimported", id);
                    pUpdated++;
                }
            }
            for (PfifNote n : p.notes()) note(n, caseId, null);
        }

        private void note(PfifNote n, String caseId, String personId) {
            String id = n.noteRecordId();
            if (id == null) {
                skippedNote(n, "it has no note_record_id");
                return;
            }
            if (caseId == null && personId == null) {
                skippedNote(n, "its person is not registered here");
                return;
            }
            String own = ownId(id, "note.");
            if (notes.findByPfifRecordId(id).isPresent() || (own != null && notes.exists(own))) {
                nUnchanged++;
                return;
            }
            if (n.text() == null) {
                skippedNote(n, "it has no text");
                return;
            }
            NoteStatus status = NoteStatus.ofCode(n.status());
            if (n.status() != null && status == null) warn("note " + id + ": unknown status '" + n.status() + "' ignored");
            String author = n.authorName();
            if (author == null) {
                author = n.authorEmail() != null ? n.authorEmail() : "unknown";
                warn("note " + id + " has no author_name; recorded as '" + author + "'");
            }
            String sourceDate = PfifDates.fromPfif(n.sourceDate());
            if (sourceDate == null) {
                sourceDate = PfifDates.fromPfif(n.entryDate()) != null ? PfifDates.fromPfif(n.entryDate()) : now;
                warn("note " + id + " has no readable source_date");
            }
            notes.insert(new Note(Ids.newId(), id, caseId, personId, status == null ? null : status.code(), author,
                    n.authorEmail(), null, n.authorMadeContact(), "PFIF " + id.substring(0, id.indexOf('/') < 0 ? id.length() : id.indexOf('/')),
                    sourceDate, now, n.text(), n.lastKnownLocation(), n.linkedPersonRecordId()));
            if (caseId != null) cases.addEvent(caseId, now, actor, "note", "imported " + id);
            nCreated++;
        }

        void skippedNote(PfifNote n, String why) {
            nSkipped++;
            warn("note " + n.noteRecordId() + " skipped: " + why);
        }

        private CaseRepository.Row leadRow(PfifPerson p) {
            String full = p.fullName();
            if (full == null) {
                full = String.join(" ", java.util.stream.Stream.of(p.givenName(), p.familyName())
                        .filter(java.util.Objects::nonNull).toList());
                if (full.isBlank()) full = p.personRecordId();
                warn("person " + p.personRecordId() + " has no full_name; made from its parts");
            }
            String sourceDate = PfifDates.fromPfif(p.sourceDate());
            if (sourceDate == null) warn("person " + p.personRecordId() + " has no readable source_date");
            String sex = "female".equalsIgnoreCase(p.sex()) ? "F" : "male".equalsIgnoreCase(p.sex()) ? "M" : null;
            String dob = p.dateOfBirth();
            if (dob != null) {
                try {
                    dob = PartialDate.parseIso(dob).toString();
                } catch (PartialDate.MalformedDateException e) {
                    warn("person " + p.personRecordId() + ": date_of_birth " + e.getMessage());
                    dob = null;
                }
            }
            Enquirer enquirer = new Enquirer(null, p.authorName(), p.authorPhone(), p.authorEmail(), null);
            SoughtPerson sought = new SoughtPerson(full, p.givenName(), p.familyName(), null, p.alternateNames(), sex,
                    dob, p.age(), p.homeCity(), p.homeCountry(), p.description());
            return new CaseRepository.Row(Ids.newId(), CaseStatus.OPEN.code(), "pfif", p.personRecordId(), enquirer,
                    sought, false, null, p.sourceName(), sourceDate, now, actor, now, 1);
        }

        private void warn(String w) {
            if (warnings.size() < 200) warnings.add(w);
        }

        PfifImportSummary summary() {
            return new PfifImportSummary(pCreated, pUpdated, pUnchanged, pSkipped, nCreated, nUnchanged, nSkipped,
                    List.copyOf(warnings));
        }
    }

    private static boolean sameDescription(CaseRepository.Row a, CaseRepository.Row b) {
        return java.util.Objects.equals(a.sought(), b.sought()) && java.util.Objects.equals(a.sourceDate(), b.sourceDate())
                && java.util.Objects.equals(a.sourceName(), b.sourceName())
                && java.util.Objects.equals(a.enquirer().name(), b.enquirer().name())
                && java.util.Objects.equals(a.enquirer().email(), b.enquirer().email())
                && java.util.Objects.equals(a.enquirer().phone(), b.enquirer().phone());
    }

    private static CaseRepository.Row withId(CaseRepository.Row r, String id) {
        return new CaseRepository.Row(id, r.status(), r.source(), r.pfifRecordId(), r.enquirer(), r.sought(),
                r.publicListing(), r.locatedPersonId(), r.sourceName(), r.sourceDate(), r.createdAt(), r.createdBy(),
                r.updatedAt(), r.version());
    }

    /** The local id inside one of Haven's own record ids ({@code domain/person.ID}), else null. */
    private String ownId(String recordId, String kind) {
        String prefix = domain + "/" + kind;
        return recordId.startsWith(prefix) ? recordId.substring(prefix.length()) : null;
    }

    private PfifPerson person(PersonFacts p, List<Note> personNotes) {
        String recordId = domain + "/person." + p.personId();
        Set<String> alternates = new LinkedHashSet<>();
        String full = join(p.givenName(), p.patronymic(), p.familyName());
        String fullLatin = join(p.givenNameLatin(), p.patronymicLatin(), p.familyNameLatin());
        if (!fullLatin.equals(full)) alternates.add(fullLatin);
        alternates.addAll(ScriptForms.others(full));
        alternates.remove(full);
        String registered = PfifDates.toPfif(p.registeredAt());
        List<PfifNote> pn = personNotes.stream().map(n -> note(n, recordId)).toList();
        return new PfifPerson(recordId, registered, "Haven registration", null, null, "Haven", registered, null,
                full, p.givenName(), p.familyName(), alternates.isEmpty() ? null : String.join("\n", alternates), null,
                p.sex() == null ? null : p.sex().name().equals("F") ? "female" : "male", p.birthDate(), null,
                p.originSettlement(), null, null, pn);
    }

    private PfifPerson lead(CaseRepository.Row r, List<Note> caseNotes) {
        SoughtPerson s = r.sought();
        List<PfifNote> pn = caseNotes.stream().map(n -> note(n, r.pfifRecordId())).toList();
        return new PfifPerson(r.pfifRecordId(), PfifDates.toPfif(r.updatedAt()), r.enquirer().name(),
                r.enquirer().email(), r.enquirer().phone(), r.sourceName(),
                PfifDates.toPfif(r.sourceDate() != null ? r.sourceDate() : r.createdAt()), null, s.fullName(),
                s.givenName(), s.familyName(), s.alternateNames(), s.description(),
                s.sex() == null ? null : s.sex().equals("F") ? "female" : "male", s.birthDate(), s.age(), s.origin(),
                null, s.homeCountry(), pn);
    }

    private PfifNote note(Note n, String personRecordId) {
        String id = n.pfifRecordId() != null ? n.pfifRecordId() : domain + "/note." + n.id();
        return new PfifNote(id, personRecordId, n.linkedPersonRecordId(), PfifDates.toPfif(n.entryDate()),
                n.authorName(), n.authorEmail(), null, PfifDates.toPfif(n.sourceDate()), n.authorMadeContact(),
                n.status(), n.lastKnownLocation(), n.text());
    }

    private static String sinceText(String since) {
        Instant i = PfifDates.parse(since);
        if (i == null) throw InvalidRequestException.of("since", "must be an ISO date (2023-09-25) or date-time (2023-09-25T10:00:00Z)");
        return Timestamps.format(i);
    }

    private static String join(String... parts) {
        return String.join(" ", java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).toList());
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) out.add(all.subList(i, Math.min(all.size(), i + size)));
        return out;
    }
}
