package am.haven.registration;

import java.util.ArrayList;
import java.util.List;

/**
 * One member's fields as the desk and household pages post them. Input names follow the API's
 * field paths ({@code members[1].birthDate}), so a validation problem finds its input by name.
 */
public class MemberForm {

    private String givenName;
    private String familyName;
    private String patronymic;
    private String sex;
    private String birthDate;
    private boolean birthDateEstimated;
    private String relationship;
    private List<String> needs = new ArrayList<>();
    private List<DocumentForm> documents = new ArrayList<>(List.of(new DocumentForm()));
    private String phone;
    /** The identity the clerk attached this member to at the desk (de-duplication's hint box sets it). */
    private String identityId;

    /** A document row; the desk shows one per member, the API takes any number. */
    public static class DocumentForm {
        private String type;
        private String number;

        public DocumentForm() {}

        DocumentForm(String type, String number) {
            this.type = type;
            this.number = number;
        }

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }

        boolean isBlank() {
            return number == null || number.isBlank();
        }
    }

    static MemberForm withRelationship(Relationship r) {
        MemberForm m = new MemberForm();
        m.relationship = r == null ? null : r.name();
        return m;
    }

    /** The form filled with a stored member, for correcting it. */
    static MemberForm of(Person p) {
        MemberForm m = new MemberForm();
        m.givenName = p.givenName();
        m.familyName = p.familyName();
        m.patronymic = p.patronymic();
        m.sex = p.sex().name();
        m.birthDate = p.birthDate();
        m.birthDateEstimated = p.birthDateEstimated();
        m.relationship = p.relationship().name();
        m.needs = new ArrayList<>(p.needs().stream().map(Enum::name).toList());
        m.documents = new ArrayList<>(p.documents().stream()
                .map(d -> new DocumentForm(d.type().name(), d.number())).toList());
        if (m.documents.isEmpty()) m.documents.add(new DocumentForm());
        m.phone = p.phone();
        return m;
    }

    /** True when the clerk typed nothing into this row (selects keep defaults, so they do not count). */
    boolean isBlank() {
        return blank(givenName) && blank(familyName) && blank(patronymic) && blank(birthDate) && blank(phone)
                && (needs == null || needs.isEmpty()) && (documents == null || documents.stream().allMatch(DocumentForm::isBlank));
    }

    MemberRequest toRequest() {
        List<MemberRequest.DocumentRequest> docs = documents == null ? List.of() : documents.stream()
                .filter(d -> d != null && !d.isBlank())
                .map(d -> new MemberRequest.DocumentRequest(blank(d.type) ? null : d.type, d.number)).toList();
        return new MemberRequest(givenName, familyName, blankToNull(patronymic), blankToNull(sex),
                blankToNull(birthDate), birthDateEstimated, blankToNull(relationship),
                needs == null ? List.of() : List.copyOf(needs), docs, blankToNull(phone), null, blankToNull(identityId));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s;
    }

    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getPatronymic() { return patronymic; }
    public void setPatronymic(String patronymic) { this.patronymic = patronymic; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public boolean isBirthDateEstimated() { return birthDateEstimated; }
    public void setBirthDateEstimated(boolean birthDateEstimated) { this.birthDateEstimated = birthDateEstimated; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String relationship) { this.relationship = relationship; }
    public List<String> getNeeds() { return needs; }
    public void setNeeds(List<String> needs) { this.needs = needs; }
    public List<DocumentForm> getDocuments() { return documents; }
    public void setDocuments(List<DocumentForm> documents) { this.documents = documents; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getIdentityId() { return identityId; }
    public void setIdentityId(String identityId) { this.identityId = identityId; }

    /** The first document, which the forms show; never null. */
    public DocumentForm getDocument() {
        if (documents == null || documents.isEmpty()) documents = new ArrayList<>(List.of(new DocumentForm()));
        if (documents.get(0) == null) documents.set(0, new DocumentForm());
        return documents.get(0);
    }
}
