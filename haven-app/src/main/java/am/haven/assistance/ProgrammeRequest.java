package am.haven.assistance;

import java.util.List;
import java.util.Map;

/** The body of {@code POST /api/v1/programmes}; checked field by field by {@link Programmes}. */
public record ProgrammeRequest(
        String name,
        String funder,
        String unit,
        AmountRequest amount,
        RecurrenceRequest recurrence,
        String startsOn,
        String endsOn,
        List<String> eligibility) {

    /** One of {@code value}, {@code components} or {@code bySize} (household size → amount). */
    public record AmountRequest(Long value, String currency, List<ComponentRequest> components, Map<String, Long> bySize) {}

    public record ComponentRequest(String name, Long value, List<String> eligibility) {}

    public record RecurrenceRequest(String kind, Integer cycles) {}
}
