/**
 * What every feature shares below the web: ids and timestamps, batched SQL ({@code SqlBatch},
 * {@code InLists}), SQLite's queued transactions, read snapshots, spaced background runs and the
 * exceptions that name what failed. Owns no table and no event.
 */
package am.haven.support;
