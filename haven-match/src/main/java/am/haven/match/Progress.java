package am.haven.match;

/** Receives progress of long runs (the CLI prints it on stderr). */
@FunctionalInterface
public interface Progress {
    Progress NONE = (stage, done, total) -> { };

    /** {@code done} of {@code total} units of {@code stage} are finished ({@code total} may be 0 if unknown). */
    void report(String stage, long done, long total);
}
