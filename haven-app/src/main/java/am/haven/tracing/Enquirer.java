package am.haven.tracing;

/**
 * Who asked for the tracing: a registered person ({@code personId}) or someone outside Haven,
 * described by name and contact; {@code relation} says how they are related to the sought person.
 */
public record Enquirer(String personId, String name, String phone, String email, String relation) {}
