package am.haven.registration;

import am.haven.match.normalize.Documents;
import am.haven.match.normalize.PartialDate;
import am.haven.match.normalize.PartialDate.MalformedDateException;
import am.haven.match.normalize.Phones;
import am.haven.match.normalize.Phones.InvalidPhoneException;
import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a household request field by field and reports every problem at once, with the path of
 * the field ({@code members[1].birthDate}) and what is wrong with it.
 */
final class HouseholdValidator {

    static final int MAX_MEMBERS = 40;
    static final int MAX_NAME = 100;
    private static final int EARLIEST_BIRTH_YEAR = 1890;
    /** Where a phone number written without a country code is taken to be. */
    static final String PHONE_REGION = "AM";

    private HouseholdValidator() {}

    static NewHousehold validate(HouseholdRequest r, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r == null) throw InvalidRequestException.of("body", "is missing");
        String point = requiredText(r.registrationPoint(), "registrationPoint", 200, problems);
        List<String> phones = householdPhones(r.phone(), r.phones(), problems);
        List<NewMember> members = new ArrayList<>();
        if (r.members() == null || r.members().isEmpty()) {
            problems.add(new FieldProblem("members", "must list at least one person"));
        } else if (r.members().size() > MAX_MEMBERS) {
            problems.add(new FieldProblem("members", "must list at most " + MAX_MEMBERS + " people"));
        } else {
            for (int i = 0; i < r.members().size(); i++) {
                members.add(member("members[" + i + "]", r.members().get(i), today, i == 0, problems));
            }
            members = settleHead(r.members(), members, problems);
        }
        HouseholdRequest.Origin origin = r.origin() == null ? null : new HouseholdRequest.Origin(
                optionalText(r.origin().settlement(), "origin.settlement", 200, problems),
                optionalText(r.origin().region(), "origin.region", 200, problems));
        String address = optionalText(r.currentAddress(), "currentAddress", 500, problems);
        String destination = optionalText(r.destination(), "destination", 500, problems);
        String notes = optionalText(r.notes(), "notes", 4000, problems);
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        return new NewHousehold(point, origin, address, destination, phones,
                r.consent() == null ? HouseholdRequest.Consent.NONE : r.consent(), notes, members);
    }

    /** Validates one member on its own (adding or correcting a member). */
    static NewMember validateMember(String path, MemberRequest m, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        NewMember member = member(path, m, today, false, problems);
        if (!problems.isEmpty()) throw new InvalidRequestException(problems);
        return member;
    }

    static List<String> householdPhones(String phone, List<String> more, List<FieldProblem> problems) {
        Set<String> phones = new LinkedHashSet<>();
        if (phone != null && !phone.isBlank()) addPhone(phone, "phone", phones, problems);
        if (more != null) {
            for (int i = 0; i < more.size(); i++) {
                if (more.get(i) != null && !more.get(i).isBlank()) addPhone(more.get(i), "phones[" + i + "]", phones, problems);
            }
        }
        return List.copyOf(phones);
    }

    private static void addPhone(String raw, String field, Set<String> phones, List<FieldProblem> problems) {
        try {
            phones.add(Phones.validE164(raw, PHONE_REGION));
        } catch (InvalidPhoneException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
        }
    }

    private static NewMember member(String p, MemberRequest m, LocalDate today, boolean first, List<FieldProblem> problems) {
        if (m == null) {
            problems.add(new FieldProblem(p, "is empty"));
            return null;
        }
        String given = name(m.givenName(), p + ".givenName", true, problems);
        String family = name(m.familyName(), p + ".familyName", true, problems);
        String patronymic = name(m.patronymic(), p + ".patronymic", false, problems);
        Sex sex = null;
        if (m.sex() == null || m.sex().isBlank()) {
            problems.add(new FieldProblem(p + ".sex", "is required (F or M)"));
        } else {
            try {
                sex = Sex.valueOf(m.sex().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(p + ".sex", "must be F or M, not '" + m.sex() + "'"));
            }
        }
        PartialDate birth = birthDate(m.birthDate(), p + ".birthDate", today, problems);
        Relationship rel = null;
        if (m.relationship() != null && !m.relationship().isBlank()) {
            try {
                rel = Relationship.valueOf(m.relationship().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(p + ".relationship", "is unknown: '" + m.relationship()
                        + "' (one of HEAD, SPOUSE, CHILD, PARENT, SIBLING, GRANDCHILD, OTHER)"));
            }
        }
        List<SpecificNeed> needs = needs(m.needs(), p, problems);
        List<Person.Document> documents = documents(m.documents(), p, problems);
        String phone = null;
        if (m.phone() != null && !m.phone().isBlank()) {
            try {
                phone = Phones.validE164(m.phone(), PHONE_REGION);
            } catch (InvalidPhoneException e) {
                problems.add(new FieldProblem(p + ".phone", e.getMessage()));
            }
        }
        List<String> languages = languages(m.languages(), p, problems);
        return new NewMember(given, family, patronymic, sex, birth,
                Boolean.TRUE.equals(m.birthDateEstimated()), rel, needs, documents, phone, languages);
    }

    /** Exactly one head: a missing relationship on the first member makes it the head. */
    private static List<NewMember> settleHead(List<MemberRequest> raw, List<NewMember> members, List<FieldProblem> problems) {
        List<NewMember> settled = new ArrayList<>(members.size());
        int heads = 0;
        for (NewMember m : members) if (m != null && m.relationship() == Relationship.HEAD) heads++;
        for (int i = 0; i < members.size(); i++) {
            NewMember m = members.get(i);
            if (m == null) continue;
            Relationship rel = m.relationship();
            boolean typed = raw.get(i).relationship() != null && !raw.get(i).relationship().isBlank();
            if (rel == null && !typed) rel = (heads == 0 && i == 0) ? Relationship.HEAD : Relationship.OTHER;
            if (rel == Relationship.HEAD && heads == 0) heads = 1;
            settled.add(new NewMember(m.givenName(), m.familyName(), m.patronymic(), m.sex(), m.birthDate(),
                    m.birthDateEstimated(), rel, m.needs(), m.documents(), m.phone(), m.languages()));
        }
        int seen = 0;
        for (int i = 0; i < settled.size(); i++) {
            if (settled.get(i).relationship() == Relationship.HEAD && ++seen > 1) {
                problems.add(new FieldProblem("members[" + i + "].relationship",
                        "a household has exactly one HEAD; another member is already HEAD"));
            }
        }
        if (seen == 0 && !settled.isEmpty() && problems.stream().noneMatch(f -> f.field().endsWith(".relationship"))) {
            problems.add(new FieldProblem("members", "one member must have relationship HEAD"));
        }
        return settled;
    }

    private static String name(String value, String field, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) problems.add(new FieldProblem(field, "must not be empty"));
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > MAX_NAME) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_NAME + " characters"));
        } else if (v.codePoints().noneMatch(Character::isLetter)) {
            problems.add(new FieldProblem(field, "must contain letters"));
        } else if (v.codePoints().anyMatch(c -> Character.isDigit(c) || Character.isISOControl(c))) {
            problems.add(new FieldProblem(field, "must not contain digits or control characters"));
        }
        return v;
    }

    private static PartialDate birthDate(String value, String field, LocalDate today, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) return null;
        try {
            PartialDate d = PartialDate.parseIso(value);
            if (d.isAfter(today)) {
                problems.add(new FieldProblem(field, "is in the future: " + value));
            } else if (d.year() < EARLIEST_BIRTH_YEAR) {
                problems.add(new FieldProblem(field, "is before " + EARLIEST_BIRTH_YEAR + ": " + value));
            }
            return d;
        } catch (MalformedDateException e) {
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
    }

    private static List<SpecificNeed> needs(List<String> codes, String p, List<FieldProblem> problems) {
        if (codes == null) return List.of();
        Set<SpecificNeed> needs = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            try {
                needs.add(SpecificNeed.valueOf(code.trim().toUpperCase(Locale.ROOT)));
            } catch (RuntimeException e) {
                problems.add(new FieldProblem(p + ".needs[" + i + "]", "is not a known need code: '" + code + "'"));
            }
        }
        return List.copyOf(needs);
    }

    private static List<Person.Document> documents(List<MemberRequest.DocumentRequest> docs, String p, List<FieldProblem> problems) {
        if (docs == null) return List.of();
        List<Person.Document> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            MemberRequest.DocumentRequest d = docs.get(i);
            String f = p + ".documents[" + i + "]";
            if (d == null) {
                problems.add(new FieldProblem(f, "is empty"));
                continue;
            }
            DocumentType type = null;
            try {
                type = d.type() == null ? DocumentType.OTHER : DocumentType.valueOf(d.type().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(f + ".type", "is not a known document type: '" + d.type() + "'"));
            }
            if (d.number() == null || Documents.fold(d.number()) == null) {
                problems.add(new FieldProblem(f + ".number", "must not be empty"));
            } else if (d.number().length() > 60) {
                problems.add(new FieldProblem(f + ".number", "must be at most 60 characters"));
            } else if (type != null) {
                out.add(new Person.Document(type, d.number().trim()));
            }
        }
        return out;
    }

    private static List<String> languages(List<String> langs, String p, List<FieldProblem> problems) {
        if (langs == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < langs.size(); i++) {
            String l = langs.get(i) == null ? "" : langs.get(i).trim().toLowerCase(Locale.ROOT);
            if (!l.matches("[a-z]{2,3}")) {
                problems.add(new FieldProblem(p + ".languages[" + i + "]", "must be a language code such as hy, ru or en"));
            } else {
                out.add(l);
            }
        }
        return List.copyOf(out);
    }

    private static String requiredText(String v, String field, int max, List<FieldProblem> problems) {
        if (v == null || v.isBlank()) {
            problems.add(new FieldProblem(field, "must not be empty"));
            return null;
        }
        return optionalText(v, field, max, problems);
    }

    private static String optionalText(String v, String field, int max, List<FieldProblem> problems) {
        if (v == null || v.isBlank()) return null;
        String t = v.strip();
        if (t.length() > max) problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        return t;
    }
}
