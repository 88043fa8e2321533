package am.haven.assistance;

import java.util.List;

/**
 * One entitlement decision of a cycle: one identity (or household identity), the records it covers,
 * what it is worth and why. {@code result*} is the bank's answer once reconciled.
 */
public record Line(
        String id,
        String cycleId,
        String programmeId,
        int position,
        String identityId,
        String leadPersonId,
        List<String> personIds,
        String payeePersonId,
        long amount,
        long carriedAmount,
        List<String> carriedLineIds,
        boolean eligible,
        List<Reason> reasons,
        String resultStatus,
        String resultReference,
        String resultReason,
        String reconciledAt) {

    /** INELIGIBLE, PENDING (in a list, no bank answer yet), PAID, FAILED or RETURNED. */
    public String status() {
        if (!eligible) return "INELIGIBLE";
        return resultStatus == null ? "PENDING" : resultStatus;
    }

    /** The bank answered that the money did not arrive: offered again in the next cycle. */
    public boolean failed() {
        return "FAILED".equals(resultStatus) || "RETURNED".equals(resultStatus);
    }
}
