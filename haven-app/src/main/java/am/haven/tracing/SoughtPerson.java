package am.haven.tracing;

/**
 * The person an enquirer is looking for, described as well as they can: names in any script
 * (any part may be missing), sex, a birth date known to the year, month or day, an age range
 * when not even the year is known, where they came from, and free text.
 */
public record SoughtPerson(
        String fullName,
        String givenName,
        String familyName,
        String patronymic,
        String alternateNames,
        String sex,
        String birthDate,
        String age,
        String origin,
        String homeCountry,
        String description) {}
