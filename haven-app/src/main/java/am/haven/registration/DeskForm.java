package am.haven.registration;

import java.util.ArrayList;
import java.util.List;

/** The registration desk's household form, bound from the POST; see {@link MemberForm} for names. */
public class DeskForm {

    private String idempotencyKey;
    private String registrationPoint;
    private OriginForm origin = new OriginForm();
    private String destination;
    private String currentAddress;
    private String phone;
    private ConsentForm consent = new ConsentForm();
    private String notes;
    private List<MemberForm> members = new ArrayList<>();

    /** Where the household comes from. */
    public static class OriginForm {
        private String settlement;
        public String getSettlement() { return settlement; }
        public void setSettlement(String settlement) { this.settlement = settlement; }
    }

    /** Purposes the household agreed to. */
    public static class ConsentForm {
        private boolean assistance;
        private boolean tracing;
        private boolean sharing;
        public boolean isAssistance() { return assistance; }
        public void setAssistance(boolean assistance) { this.assistance = assistance; }
        public boolean isTracing() { return tracing; }
        public void setTracing(boolean tracing) { this.tracing = tracing; }
        public boolean isSharing() { return sharing; }
        public void setSharing(boolean sharing) { this.sharing = sharing; }
    }

    /** Drops member rows the clerk left empty (a removed row leaves a gap in the indices too). */
    void dropBlankMembers() {
        members.removeIf(m -> m == null || m.isBlank());
    }

    HouseholdRequest toRequest() {
        return new HouseholdRequest(registrationPoint,
                MemberForm.blank(origin.getSettlement()) ? null : new HouseholdRequest.Origin(origin.getSettlement(), null),
                currentAddress, destination, MemberForm.blankToNull(phone), null,
                new HouseholdRequest.Consent(consent.assistance, consent.tracing, consent.sharing), notes,
                members.stream().map(MemberForm::toRequest).toList());
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getRegistrationPoint() { return registrationPoint; }
    public void setRegistrationPoint(String registrationPoint) { this.registrationPoint = registrationPoint; }
    public OriginForm getOrigin() { return origin; }
    public void setOrigin(OriginForm origin) { this.origin = origin; }
    public String getDestination() { return destination; }
    public void setDestination(String destination) { this.destination = destination; }
    public String getCurrentAddress() { return currentAddress; }
    public void setCurrentAddress(String currentAddress) { this.currentAddress = currentAddress; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public ConsentForm getConsent() { return consent; }
    public void setConsent(ConsentForm consent) { this.consent = consent; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<MemberForm> getMembers() { return members; }
    public void setMembers(List<MemberForm> members) { this.members = members; }
}
