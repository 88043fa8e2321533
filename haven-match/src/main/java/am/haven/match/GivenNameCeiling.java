package am.haven.match;

/**
 * How often one person's registrations carry wholly different given names, measured where twins
 * cannot interfere: among candidate pairs that share a document number exactly.
 *
 * <p>EM learns the given name's m among pairs sharing a full birth date, and twins (same surname,
 * patronymic, birth date, phone and settlement, different given names) fall into its match class; it
 * then believes a different given name is common among matches, and twins link. A document is
 * never shared by twins, so the share of "else" among pairs sharing one is the rate this data
 * really shows: Laplace-smoothed, it lowers the ceiling when it is lower (and never raises it).
 */
final class GivenNameCeiling {
    /** Fewer pairs sharing a document than this say too little; the configured ceiling stays. */
    static final int MIN_PAIRS = 200;

    private GivenNameCeiling() {}

    /** The ceiling on m of comparison {@code given}'s last ("else") level. */
    static double of(Engine e, PairSet pairs, int given, double ceiling) {
        int last = e.comparisons.get(given).levels().size() - 1;
        long shared = 0, differ = 0;
        for (int k = 0; k < pairs.size; k++) {
            int base = k * pairs.width;
            byte g = pairs.levels[base + given];
            if (g < 0 || !sharesDocument(e, pairs.levels, base)) continue;
            shared++;
            if (g == last) differ++;
        }
        if (shared < MIN_PAIRS) return ceiling;
        return Math.min(ceiling, (differ + 1.0) / (shared + 2.0));
    }

    private static boolean sharesDocument(Engine e, byte[] levels, int base) {
        for (int c = 0; c < e.size(); c++) {
            if (e.comparisons.get(c).type() == FieldType.DOCUMENT && levels[base + c] == 0) return true;
        }
        return false;
    }
}
