package am.haven.shelter.allocation;

/** Who a site accepts. Stored by name. */
public enum SiteRule {
    /** Anyone. */
    NONE,
    /** Households of two or more people; no single adults. */
    FAMILIES_ONLY,
    /** Households made only of women and children (no man aged 18 or more). */
    WOMEN_AND_CHILDREN_ONLY
}
