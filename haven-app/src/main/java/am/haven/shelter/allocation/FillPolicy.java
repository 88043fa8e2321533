package am.haven.shelter.allocation;

/** Whether the coordinator wants households spread evenly over sites or packed into few sites. */
public enum FillPolicy {
    /** Beds in the fuller part of a site cost more, so sites fill evenly. */
    EVEN,
    /** Opening a site that holds nobody yet costs, so households are packed into fewer sites. */
    CONSOLIDATE
}
