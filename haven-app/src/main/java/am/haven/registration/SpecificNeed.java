package am.haven.registration;

/**
 * Specific needs recorded at registration, each mapped to the UNHCR specific-needs code family
 * (and code, where one fits) so exports can be read by partners.
 */
public enum SpecificNeed {
    /** Uses a wheelchair or walking aid; needs an accessible, step-free site. */
    MOBILITY("DS-PM", "Physical disability (mobility)"),
    /** Visual, hearing, speech, mental or other disability. */
    DISABILITY("DS", "Other disability"),
    /** Serious or chronic medical condition needing treatment. */
    SERIOUS_MEDICAL("SM", "Serious medical condition"),
    /** Older person at risk (unable to care for self, unaccompanied, caring for children). */
    OLDER_AT_RISK("ER", "Older person at risk"),
    /** Pregnant or lactating woman. */
    PREGNANT_LACTATING("WR-LC", "Pregnant or lactating"),
    /** Woman at risk. */
    WOMAN_AT_RISK("WR", "Woman at risk"),
    /** Child without parents or caregivers. */
    UNACCOMPANIED_CHILD("UC", "Unaccompanied child"),
    /** Child separated from parents but with other relatives. */
    SEPARATED_CHILD("SC", "Separated child"),
    /** Single parent or caregiver. */
    SINGLE_CAREGIVER("SP", "Single parent or caregiver"),
    /** Family separated, relatives being traced. */
    FAMILY_UNITY("FU", "Family unity (tracing)"),
    /** Needs legal protection (documents lost, statelessness risk). */
    LEGAL_PROTECTION("LP", "Legal protection need"),
    /** Survivor of torture. */
    TORTURE("TR", "Survivor of torture"),
    /** Survivor of sexual or gender-based violence. */
    SGBV("SV", "Survivor of SGBV");

    private final String unhcrCode;
    private final String label;

    SpecificNeed(String unhcrCode, String label) {
        this.unhcrCode = unhcrCode;
        this.label = label;
    }

    public String unhcrCode() {
        return unhcrCode;
    }

    public String label() {
        return label;
    }

    /** Needs that say something about health; hidden from roles that only need "accessible site". */
    public boolean isMedical() {
        return this == DISABILITY || this == SERIOUS_MEDICAL || this == PREGNANT_LACTATING
                || this == TORTURE || this == SGBV;
    }
}
