package am.haven.tracing;

import am.haven.match.normalize.PartialDate;
import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks tracing requests, collecting every problem before reporting them together. */
final class CaseValidator {

    private CaseValidator() {}

    /** Longest accepted values: a name as the desk takes it, free text a page long. Longer input is refused, never indexed. */
    static final int MAX_NAME = 100;
    static final int MAX_LINE = 300;
    static final int MAX_TEXT = 4000;

    /** Adds a problem when {@code value} is longer than {@code max} characters; returns whether it fits. */
    static boolean fits(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.length() <= max) return true;
        problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        return false;
    }

    /** The sought person with blanks as nulls and a full name made from the parts when missing. */
    static SoughtPerson sought(SoughtPerson s, LocalDate today, List<FieldProblem> problems) {
        if (s == null) {
            problems.add(new FieldProblem("sought", "must describe the person sought"));
            return null;
        }
        String given = clean(s.givenName()), family = clean(s.familyName()), patronymic = clean(s.patronymic());
        String full = clean(s.fullName());
        fits(given, "sought.givenName", MAX_NAME, problems);
        fits(family, "sought.familyName", MAX_NAME, problems);
        fits(patronymic, "sought.patronymic", MAX_NAME, problems);
        fits(full, "sought.fullName", MAX_LINE, problems);
        fits(s.alternateNames(), "sought.alternateNames", MAX_LINE, problems);
        fits(s.age(), "sought.age", 20, problems);
        fits(s.origin(), "sought.origin", MAX_LINE, problems);
        fits(s.homeCountry(), "sought.homeCountry", MAX_NAME, problems);
        fits(s.description(), "sought.description", MAX_TEXT, problems);
        if (full == null) {
            full = clean(String.join(" ", nonNull(family, given, patronymic)));
        }
        if (full == null) problems.add(new FieldProblem("sought.fullName", "give a full name or a given or family name"));
        String sex = clean(s.sex());
        if (sex != null && !sex.equals("F") && !sex.equals("M")) {
            problems.add(new FieldProblem("sought.sex", "must be F or M"));
        }
        String birth = clean(s.birthDate());
        if (birth != null) {
            try {
                if (PartialDate.parseIso(birth).isAfter(today)) {
                    problems.add(new FieldProblem("sought.birthDate", "is in the future"));
                }
            } catch (PartialDate.MalformedDateException e) {
                problems.add(new FieldProblem("sought.birthDate", e.getMessage()));
            }
        }
        return new SoughtPerson(full, given, family, patronymic, clean(s.alternateNames()), sex, birth, clean(s.age()),
                clean(s.origin()), clean(s.homeCountry()), clean(s.description()));
    }

    static Enquirer enquirer(Enquirer e, List<FieldProblem> problems) {
        if (e == null || (clean(e.personId()) == null && clean(e.name()) == null)) {
            problems.add(new FieldProblem("enquirer", "name the enquirer or give their registered personId"));
            return new Enquirer(null, null, null, null, null);
        }
        fits(e.personId(), "enquirer.personId", MAX_NAME, problems);
        fits(e.name(), "enquirer.name", MAX_LINE, problems);
        fits(e.phone(), "enquirer.phone", 40, problems);
        fits(e.email(), "enquirer.email", 254, problems);
        fits(e.relation(), "enquirer.relation", MAX_NAME, problems);
        return new Enquirer(clean(e.personId()), clean(e.name()), clean(e.phone()), clean(e.email()), clean(e.relation()));
    }

    static NoteStatus noteStatus(String code, List<FieldProblem> problems) {
        if (clean(code) == null) return null;
        NoteStatus s = NoteStatus.ofCode(code);
        if (s == null) {
            problems.add(new FieldProblem("status", "must be one of information_sought, is_note_author, "
                    + "believed_alive, believed_missing, believed_dead"));
        }
        return s;
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
    }

    static List<FieldProblem> problems() {
        return new ArrayList<>();
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) if (p != null) out.add(p);
        return out;
    }
}
