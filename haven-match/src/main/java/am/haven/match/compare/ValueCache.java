package am.haven.match.compare;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Caches prepared values by raw text. Names repeat heavily in a population, so the cache both saves
 * the transliteration (ICU costs ~20 µs a call) and makes equal values share one object, which keeps
 * a million-record index small and lets comparisons short-cut on identity.
 */
final class ValueCache {
    private static final int MAX = 4_000_000;
    private static final Object NULL = new Object();
    private final ConcurrentHashMap<String, Object> map = new ConcurrentHashMap<>();

    Object get(String raw, Function<String, Object> prepare) {
        if (raw == null) return null;
        Object v = map.get(raw);
        if (v == null) {
            Object made = prepare.apply(raw);
            v = made == null ? NULL : made;
            if (map.size() < MAX) {
                Object prior = map.putIfAbsent(raw, v);
                if (prior != null) v = prior;
            }
        }
        return v == NULL ? null : v;
    }
}
