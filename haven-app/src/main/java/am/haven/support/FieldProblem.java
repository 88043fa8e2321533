package am.haven.support;

/** One thing wrong with one field of a request, e.g. {@code members[1].birthDate}: "is in the future". */
public record FieldProblem(String field, String message) {}
