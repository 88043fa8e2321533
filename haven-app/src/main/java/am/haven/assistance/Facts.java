package am.haven.assistance;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts an eligibility rule may read, each a typed CEL variable with a dotted name, so a typo
 * ({@code person.agee}) or a wrong type ({@code person.age > 'x'}) is refused when the programme is
 * created instead of excluding everyone at payment time. For household programmes {@code person.*}
 * is the head of household.
 */
final class Facts {

    static final String AGE = "person.age";
    static final String SEX = "person.sex";
    static final String REGISTERED_ON = "person.registeredOn";
    static final String ORIGIN_REGION = "person.originRegion";
    static final String ORIGIN_SETTLEMENT = "person.originSettlement";
    static final String NEEDS = "person.needs";
    static final String LISTS = "person.lists";
    static final String RELATIONSHIP = "person.relationship";
    static final String HOUSEHOLD_SIZE = "household.size";
    static final String HOUSEHOLD_CONSENT = "household.consent";
    static final String PLACED = "placement.placed";
    static final String STATE_SITE = "placement.state";
    static final String SITE = "placement.site";
    static final String SITE_TYPE = "placement.siteType";
    static final String SITE_REGION = "placement.region";
    static final String PLACED_SINCE = "placement.since";

    /** Every fact with its type, in the order shown to users. */
    static final Map<String, CelType> TYPES = types();

    private Facts() {}

    private static Map<String, CelType> types() {
        Map<String, CelType> t = new LinkedHashMap<>();
        t.put(AGE, SimpleType.INT);
        t.put(SEX, SimpleType.STRING);
        t.put(REGISTERED_ON, SimpleType.STRING);
        t.put(ORIGIN_REGION, SimpleType.STRING);
        t.put(ORIGIN_SETTLEMENT, SimpleType.STRING);
        t.put(NEEDS, ListType.create(SimpleType.STRING));
        t.put(LISTS, ListType.create(SimpleType.STRING));
        t.put(RELATIONSHIP, SimpleType.STRING);
        t.put(HOUSEHOLD_SIZE, SimpleType.INT);
        t.put(HOUSEHOLD_CONSENT, SimpleType.BOOL);
        t.put(PLACED, SimpleType.BOOL);
        t.put(STATE_SITE, SimpleType.BOOL);
        t.put(SITE, SimpleType.STRING);
        t.put(SITE_TYPE, SimpleType.STRING);
        t.put(SITE_REGION, SimpleType.STRING);
        t.put(PLACED_SINCE, SimpleType.STRING);
        return java.util.Collections.unmodifiableMap(t);
    }
}
