package am.haven.assistance;

import java.util.Map;

/**
 * Why a line has the amount it has, as a code with its values (never text parsed back); rendered
 * in the reader's language by {@link ReasonText}. A line carries a list of them.
 */
public record Reason(Code code, Map<String, String> values) {

    public enum Code {
        /** Every rule held. */
        ELIGIBLE,
        /** The household did not consent to its data being used for assistance. */
        NO_CONSENT,
        /** Rule {@code index} ({@code expression}) did not hold; {@code facts} cite what it read. */
        RULE,
        /** A rule could not be evaluated for this unit (e.g. a fact it needs is unknown). */
        RULE_ERROR,
        /** A one-off programme already paid this real person in cycle {@code cycle}. */
        ALREADY_PAID,
        /** Component {@code component} was left out because its rule {@code expression} did not hold. */
        COMPONENT_EXCLUDED,
        /** {@code amount} from cycle {@code cycle} is offered again: the bank answered {@code status} ({@code reason}). */
        CARRIED
    }

    public static Reason of(Code code) {
        return new Reason(code, Map.of());
    }

    public static Reason of(Code code, Map<String, String> values) {
        return new Reason(code, Map.copyOf(values));
    }
}
