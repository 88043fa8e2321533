package am.haven.assistance;

/** Who may do what with assistance, as {@code @PreAuthorize} expressions. */
final class AssistanceAccess {

    /** Programmes, cycles, payment lines, exports, reconciliation, cases and payee accounts. */
    static final String MANAGE = "hasAnyRole('ADMIN','ASSISTANCE')";
    /** A person's payee account, masked unless the caller manages assistance. */
    static final String READ_ACCOUNT_MASKED = "hasAnyRole('ADMIN','ASSISTANCE','REGISTRAR','CASEWORKER')";

    private AssistanceAccess() {}
}
