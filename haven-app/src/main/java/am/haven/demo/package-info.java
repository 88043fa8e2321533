/**
 * The synthetic demo population loaded by {@code ./haven serve --demo}: households registered as
 * of September 2023 through registration's {@code BulkRegistration}, so they flow through
 * matching, tracing and reports like any other registration. Owns no table.
 */
package am.haven.demo;
