package am.haven.match.compare;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Shared Jaro–Winkler similarity from commons-text (stateless, thread-safe). */
final class JaroWinkler {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private JaroWinkler() {}

    static double similarity(String a, String b) {
        if (a == null || b == null) return 0;
        if (a.equals(b)) return 1;
        return JW.apply(a, b);
    }
}
