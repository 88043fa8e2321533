/**
 * Shelter: sites and their beds, placements of households, and allocation runs that propose
 * placements keeping families together and meeting needs, reviewed by a coordinator.
 *
 * <p><b>Owns</b> {@code site}, {@code placement} and {@code allocation_run}. Reads households and
 * persons through registration's read services; never writes registrations. The optimizer's model
 * ({@code shelter.allocation}) knows nothing of Spring, SQL or HTTP: records in, records out.
 * No bed is ever overbooked: a placement checks and takes capacity in one transaction.
 * <b>Consumes and emits</b> no events.
 */
package am.haven.shelter;
