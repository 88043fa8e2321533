package am.haven.assistance;

/** One cycle of a programme: its list of lines, drafted by one officer and approved by another. */
public record Cycle(
        String id,
        String programmeId,
        int number,
        int rulesVersion,
        String asOf,
        Status status,
        int lines,
        int payable,
        long amount,
        String draftedBy,
        String draftedAt,
        String approvedBy,
        String approvedAt) {

    public enum Status { DRAFT, APPROVED }
}
