package am.haven.assistance;

/** What one entitlement line pays: one identity, or one household identity. Stored by name. */
public enum Unit { PERSON, HOUSEHOLD }
