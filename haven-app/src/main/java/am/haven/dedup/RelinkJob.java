package am.haven.dedup;

/**
 * A relink run and its progress: {@code status} RUNNING, DONE or FAILED; {@code phase} and
 * {@code done}/{@code total} while it runs; {@code report} (JSON) of what changed once finished.
 */
public record RelinkJob(String id, String status, String phase, long done, long total, String startedAt,
                        String heartbeatAt, String finishedAt, String actor, String report) {}
