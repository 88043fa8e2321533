package am.haven.tracing;

import am.haven.registration.RegisteredPersons;
import am.haven.security.AuditLog;
import am.haven.security.Role;
import am.haven.support.ConflictException;
import am.haven.support.FieldProblem;
import am.haven.support.Ids;
import am.haven.support.InvalidRequestException;
import am.haven.support.NotFoundException;
import am.haven.support.Timestamps;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tracing cases and notes: open a case, read it (audited), change its status, add notes and
 * candidates. Each write is one transaction with its history event and audit event.
 */
@Service
public class TracingService {

    private final CaseRepository cases;
    private final NoteRepository notes;
    private final RegisteredPersons persons;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    public TracingService(CaseRepository cases, NoteRepository notes, RegisteredPersons persons, AuditLog audit,
                          PlatformTransactionManager txManager, Optional<Clock> clock) {
        this.cases = cases;
        this.notes = notes;
        this.persons = persons;
        this.audit = audit;
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A page of cases: {@code {"items":[…],"total":N}}. */
    public record Page(List<TracingCase> items, long total) {}

    /** Opens a case at the desk or by API. */
    public TracingCase open(CaseRequest request) {
        List<FieldProblem> problems = CaseValidator.problems();
        if (request == null) throw InvalidRequestException.of("body", "must describe the case");
        Enquirer enquirer = CaseValidator.enquirer(request.enquirer(), problems);
        SoughtPerson sought = CaseValidator.sought(request.sought(), LocalDate.now(clock), problems);
        if (enquirer.personId() != null && persons.byIds(List.of(enquirer.personId())).isEmpty()) {
            problems.add(new FieldProblem("enquirer.personId", "is not a registered person"));
        }
        CaseValidator.throwIfAny(problems);
        String actor = AuditLog.currentActor();
        String id = Ids.newId();
        String now = now();
        tx.executeWithoutResult(s -> {
            cases.insert(new CaseRepository.Row(id, CaseStatus.OPEN.code(), "desk", null, enquirer, sought,
                    Boolean.TRUE.equals(request.publicListing()), null, null, null, now, actor, now, 1));
            cases.addEvent(id, now, actor, "opened", sought.fullName());
            audit.record("CREATE", "tracing_case", id, null);
        });
        return load(id);
    }

    /** A case with its candidates, notes and history; the read is audited and its candidates count as seen. */
    public TracingCase get(String id) {
        tx.executeWithoutResult(s -> {
            cases.find(id).orElseThrow(() -> new NotFoundException("tracing case", id));
            cases.markCandidatesSeen(id);
            audit.recordRead("tracing_case", List.of(id), null);
        });
        return load(id);
    }

    /** Cases newest change first, optionally of one status; the read is audited. */
    public Page list(String status, int page, int size) {
        List<FieldProblem> problems = CaseValidator.problems();
        CaseStatus s = status == null || status.isBlank() ? null : CaseStatus.ofCode(status);
        if (status != null && !status.isBlank() && s == null) {
            problems.add(new FieldProblem("status", "must be one of open, located, reunited, closed, deceased_confirmed"));
        }
        if (page < 0) problems.add(new FieldProblem("page", "must be 0 or more"));
        if (size < 1 || size > 200) problems.add(new FieldProblem("size", "must be from 1 to 200"));
        CaseValidator.throwIfAny(problems);
        List<TracingCase> items = cases.list(s, page * size, size).stream()
                .map(r -> assemble(r, List.of(), List.of(), List.of(), List.of())).toList();
        if (!items.isEmpty()) audit.recordRead("tracing_case", items.stream().map(TracingCase::id).toList(), "list");
        return new Page(items, cases.count(s));
    }

    /** Changes a case's status; deceased_confirmed is a caseworker's decision only. */
    public TracingCase changeStatus(String id, StatusRequest request) {
        List<FieldProblem> problems = CaseValidator.problems();
        CaseStatus status = request == null ? null : CaseStatus.ofCode(request.status());
        if (status == null) {
            problems.add(new FieldProblem("status", "must be one of open, located, reunited, closed, deceased_confirmed"));
        } else if (status == CaseStatus.DECEASED_CONFIRMED && !Roles.current(Role.CASEWORKER)) {
            problems.add(new FieldProblem("status", "only a caseworker may confirm a death"));
        }
        String located = request == null ? null : CaseValidator.clean(request.locatedPersonId());
        if (located != null && persons.byIds(List.of(located)).isEmpty()) {
            problems.add(new FieldProblem("locatedPersonId", "is not a registered person"));
        }
        CaseValidator.throwIfAny(problems);
        String actor = AuditLog.currentActor();
        tx.executeWithoutResult(s -> {
            CaseRepository.Row row = cases.find(id).orElseThrow(() -> new NotFoundException("tracing case", id));
            int version = request.version() == null ? row.version() : request.version();
            String now = now();
            if (!cases.updateStatus(id, version, status, located, now)) {
                throw new ConflictException("tracing case " + id + " changed since version " + version
                        + " (now " + row.version() + ")");
            }
            String detail = row.status() + " -> " + status.code() + (located == null ? "" : " person=" + located)
                    + (request.comment() == null ? "" : " " + request.comment());
            cases.addEvent(id, now, actor, "status", detail);
            audit.record("UPDATE", "tracing_case", id, detail);
        });
        return load(id);
    }

    /** Confirms or rejects a candidate; confirming locates the case with that person. */
    public TracingCase decide(String caseId, String personId, String decision) {
        String d = decision == null ? "" : decision.trim().toLowerCase(java.util.Locale.ROOT);
        if (!d.equals("confirmed") && !d.equals("rejected")) {
            throw InvalidRequestException.of("decision", "must be confirmed or rejected");
        }
        String actor = AuditLog.currentActor();
        tx.executeWithoutResult(s -> {
            CaseRepository.Row row = cases.find(caseId).orElseThrow(() -> new NotFoundException("tracing case", caseId));
            if (!cases.decideCandidate(caseId, personId, d)) throw new NotFoundException("candidate", personId);
            String now = now();
            if (d.equals("confirmed") && row.status().equals(CaseStatus.OPEN.code())) {
                cases.updateStatus(caseId, row.version(), CaseStatus.LOCATED, personId, now);
            } else {
                cases.touch(caseId, now);
            }
            cases.addEvent(caseId, now, actor, "candidate", d + " person=" + personId);
            audit.record("UPDATE", "tracing_case", caseId, "candidate " + d + " " + personId);
        });
        return load(caseId);
    }

    /** Adds a note to a case (and to the registered person it names, if any). */
    public Note addCaseNote(String caseId, NoteRequest request) {
        cases.find(caseId).orElseThrow(() -> new NotFoundException("tracing case", caseId));
        return addNote(caseId, request);
    }

    /** Adds a note about a registered person. */
    public Note addPersonNote(String personId, NoteRequest request) {
        if (persons.byIds(List.of(personId)).isEmpty()) throw new NotFoundException("person", personId);
        NoteRequest r = request == null ? null : new NoteRequest(request.status(), request.text(), request.authorName(),
                request.authorMadeContact(), request.lastKnownLocation(), personId);
        return addNote(null, r);
    }

    /** Notes about a registered person, oldest first; the read is audited. */
    public List<Note> personNotes(String personId) {
        List<Note> out = notes.ofPerson(personId);
        audit.recordRead("person_notes", List.of(personId), null);
        return out;
    }

    private Note addNote(String caseId, NoteRequest request) {
        if (request == null) throw InvalidRequestException.of("text", "must not be empty");
        List<FieldProblem> problems = CaseValidator.problems();
        NoteStatus status = CaseValidator.noteStatus(request.status(), problems);
        if (status == NoteStatus.BELIEVED_DEAD && !Roles.current(Role.CASEWORKER)) {
            problems.add(new FieldProblem("status", "only a caseworker may record believed_dead"));
        }
        String text = CaseValidator.clean(request.text());
        if (text == null) problems.add(new FieldProblem("text", "must not be empty"));
        CaseValidator.fits(text, "text", CaseValidator.MAX_TEXT, problems);
        CaseValidator.fits(request.authorName(), "authorName", CaseValidator.MAX_LINE, problems);
        CaseValidator.fits(request.personId(), "personId", CaseValidator.MAX_NAME, problems);
        String personId = CaseValidator.clean(request.personId());
        if (caseId != null && personId != null && persons.byIds(List.of(personId)).isEmpty()) {
            problems.add(new FieldProblem("personId", "is not a registered person"));
        }
        CaseValidator.throwIfAny(problems);
        String actor = AuditLog.currentActor();
        String now = now();
        String author = CaseValidator.clean(request.authorName()) == null ? actor : request.authorName().strip();
        Note note = new Note(Ids.newId(), null, caseId, personId, status == null ? null : status.code(), author, null,
                actor, request.authorMadeContact(), "Haven caseworker " + actor, now, now, text,
                CaseValidator.clean(request.lastKnownLocation()), null);
        tx.executeWithoutResult(s -> {
            notes.insert(note);
            if (caseId != null) {
                cases.touch(caseId, now);
                cases.addEvent(caseId, now, actor, "note", status == null ? null : status.code());
            }
            audit.record("CREATE", "tracing_note", note.id(), caseId != null ? "case=" + caseId : "person=" + personId);
        });
        return note;
    }

    /**
     * Candidates that matching new registrations found and no caseworker has looked at yet, newest
     * first: the notification the tracing page shows. The read is audited.
     */
    public java.util.Map<String, Object> notifications(int limit) {
        List<CaseRepository.Unseen> items = cases.unseenCandidates(limit);
        if (!items.isEmpty()) {
            audit.recordRead("tracing_case", items.stream().map(CaseRepository.Unseen::caseId).distinct().toList(),
                    "notifications");
        }
        return java.util.Map.of("items", items, "total", cases.unseenCount());
    }

    /** The case as stored, without auditing: for code paths that audit themselves. */
    TracingCase load(String id) {
        CaseRepository.Row row = cases.find(id).orElseThrow(() -> new NotFoundException("tracing case", id));
        return assemble(row, cases.candidates(id), notes.ofCase(id), cases.events(id), cases.workers(id));
    }

    private static TracingCase assemble(CaseRepository.Row r, List<TracingCase.Candidate> candidates, List<Note> notes,
                                        List<TracingCase.Event> events, List<String> workers) {
        return new TracingCase(r.id(), r.status(), r.source(), r.pfifRecordId(), r.enquirer(), r.sought(),
                r.publicListing(), r.locatedPersonId(), r.sourceName(), r.sourceDate(), r.createdAt(), r.createdBy(),
                r.updatedAt(), r.version(), candidates, notes, events, workers);
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }
}
