package am.haven.shelter.allocation;

/**
 * A household waiting for beds, as the optimizer sees it: no names and no medical detail beyond
 * "needs an accessible site".
 *
 * @param size                    people, all of whom go to the same site
 * @param needsAccessible         a member has a mobility need: only accessible sites
 * @param onlyWomenAndChildren    no member is a man aged 18 or more (may go to women-and-children sites)
 * @param vulnerable              placed first when beds run short
 * @param preferredRegion         region code the household asked for (relatives nearby), or null
 * @param origin                  origin settlement, or null
 * @param latitude                where the household is now (its reception point)
 */
public record HouseholdDemand(String id, int size, boolean needsAccessible, boolean onlyWomenAndChildren,
                              boolean vulnerable, String preferredRegion, String origin,
                              double latitude, double longitude) {

    public HouseholdDemand {
        if (id == null) throw new IllegalArgumentException("household id must be given");
        if (size < 1) throw new IllegalArgumentException("household " + id + " has no members");
    }

    /** Two or more people: may go to a families-only site. */
    public boolean isFamily() {
        return size >= 2;
    }
}
