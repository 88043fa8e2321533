package am.haven.tracing;

import java.util.List;

/**
 * What an import did: persons became tracing leads (created, updated, already known, skipped),
 * notes were attached (created, already known, skipped), and what was odd about the document.
 */
public record PfifImportSummary(int personsCreated, int personsUpdated, int personsUnchanged, int personsSkipped,
                                int notesCreated, int notesUnchanged, int notesSkipped, List<String> warnings) {}
