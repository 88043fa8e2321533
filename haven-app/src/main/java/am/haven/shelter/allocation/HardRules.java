package am.haven.shelter.allocation;

/**
 * The hard constraints other than capacity, one method per rule. Capacity is checked against the
 * beds left at the moment of placing; a household is never split because a placement names one site.
 */
public final class HardRules {

    private HardRules() {}

    /** Every rule below at once. */
    public static boolean allows(HouseholdDemand h, SiteOffer s) {
        return mobilityNeedsAnAccessibleSite(h, s) && familiesOnlySiteTakesFamilies(h, s)
                && womenAndChildrenSiteTakesNoAdultMen(h, s);
    }

    public static boolean mobilityNeedsAnAccessibleSite(HouseholdDemand h, SiteOffer s) {
        return !h.needsAccessible() || s.accessible();
    }

    public static boolean familiesOnlySiteTakesFamilies(HouseholdDemand h, SiteOffer s) {
        return s.rule() != SiteRule.FAMILIES_ONLY || h.isFamily();
    }

    public static boolean womenAndChildrenSiteTakesNoAdultMen(HouseholdDemand h, SiteOffer s) {
        return s.rule() != SiteRule.WOMEN_AND_CHILDREN_ONLY || h.onlyWomenAndChildren();
    }

    /** Why {@code h} may not go to {@code s}, or null when it may (capacity aside). */
    public static String whyNot(HouseholdDemand h, SiteOffer s) {
        if (!mobilityNeedsAnAccessibleSite(h, s)) return "a member needs an accessible site";
        if (!familiesOnlySiteTakesFamilies(h, s)) return "the site takes families only";
        if (!womenAndChildrenSiteTakesNoAdultMen(h, s)) return "the site takes women and children only";
        return null;
    }
}
