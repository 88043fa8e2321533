package am.haven.assistance;

import java.util.List;

/**
 * A case for an assistance officer: RECOVERY (a merge showed one real person was paid twice) or
 * MISSED (a split showed a person was left unpaid), with the lines involved and the decision behind it.
 */
public record AssistanceCase(
        String id,
        Kind kind,
        Status status,
        String programmeId,
        String cycleId,
        String identityId,
        String otherIdentityId,
        List<String> lineIds,
        long amount,
        String decisionRef,
        String owner,
        String openedAt,
        String updatedAt) {

    public enum Kind { RECOVERY, MISSED }

    public enum Status { OPEN, IN_PROGRESS, CLOSED }

    public record Note(String at, String author, String text) {}
}
