package am.haven.assistance;

import java.util.List;

/** A programme as stored, with the rules of its current version. */
public record Programme(
        String id,
        String name,
        String funder,
        String currency,
        Unit unit,
        Amount amount,
        Recurrence recurrence,
        String startsOn,
        String endsOn,
        int version,
        List<String> eligibility,
        String createdAt,
        String createdBy) {}
