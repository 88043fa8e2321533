package am.haven.match;

import am.haven.match.compare.Comparison;

import java.util.List;

/**
 * Twins share everything a household shares (surname, patronymic, phone, settlement) and their birth
 * date too; only their given names differ. Summed as independent evidence, the exact birth date
 * (about 14 bits) and the capped household (12 bits) outweigh a wholly different given name, and
 * twins merge. So when the given names wholly differ (their "else" level) while the family names
 * agree (at any better level: twins share a surname; a given name and surname swapped do not), the
 * birth date is counted as household evidence, under the same cap: a registration under another given name still joins its
 * person when a document or other personal evidence says so, but not on family likeness alone.
 */
final class TwinRule {
    private final int given, family, date, givenElse, familyElse;

    private TwinRule(int given, int family, int date, int givenElse, int familyElse) {
        this.given = given;
        this.family = family;
        this.date = date;
        this.givenElse = givenElse;
        this.familyElse = familyElse;
    }

    /** The rule for a schema with a given name, a family name and a birth date, or null. */
    static TwinRule of(List<Comparison> comparisons) {
        int g = -1, f = -1, d = -1;
        for (int c = 0; c < comparisons.size(); c++) {
            FieldType t = comparisons.get(c).type();
            if (t == FieldType.GIVEN_NAME && g < 0) g = c;
            if (t == FieldType.FAMILY_NAME && f < 0) f = c;
            if (t == FieldType.BIRTH_DATE && d < 0) d = c;
        }
        if (g < 0 || f < 0 || d < 0) return null;
        return new TwinRule(g, f, d, comparisons.get(g).levels().size() - 1, comparisons.get(f).levels().size() - 1);
    }

    /** Fewer twin-like pairs with both documents than this say too little; the rule stays off. */
    static final int MIN_PAIRS = 30;

    /**
     * Whether this data has twins to keep apart, measured: among candidate pairs of the twin pattern
     * (given names wholly differ, family names agree, birth dates agree exactly) where both records
     * carry a document, do most carry different ones? In a register with families they do (twins);
     * in a file without twins (FEBRL) such pairs are one person with a mangled given name and share
     * the document, and the rule would only cost recall. Without documents it cannot tell: off.
     *
     * @return a description starting with "on" or "off", for the model's training notes
     */
    static String measure(List<Comparison> comparisons, byte[] levels, int width, int size) {
        TwinRule r = of(comparisons);
        int doc = -1;
        for (int c = 0; c < comparisons.size(); c++) {
            if (comparisons.get(c).type() == FieldType.DOCUMENT && doc < 0) doc = c;
        }
        if (r == null || doc < 0) return "off: no given name, family name, birth date and document to measure with";
        long both = 0, same = 0;
        for (int k = 0; k < size; k++) {
            int base = k * width;
            if (levels[base + r.date] != 0 || !r.dateIsHousehold(r.date, levels, base) || levels[base + doc] < 0) continue;
            both++;
            if (levels[base + doc] == 0) same++;
        }
        if (both < MIN_PAIRS) return "off: " + both + " twin-like pairs with documents, too few to tell";
        String counts = same + " of " + both + " twin-like pairs share a document";
        return same * 2 < both ? "on: only " + counts : "off: " + counts;
    }

    /**
     * True when comparison {@code c} is the birth date, the pair's given names wholly differ and its
     * family names agree.
     */
    boolean dateIsHousehold(int c, byte[] levels, int offset) {
        if (c != date || levels[offset + given] != givenElse) return false;
        byte f = levels[offset + family];
        return f >= 0 && f < familyElse;
    }
}
