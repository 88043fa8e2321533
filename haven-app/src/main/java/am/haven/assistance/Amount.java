package am.haven.assistance;

import java.util.List;
import java.util.NavigableMap;

/**
 * What a line is worth before carried-over failures: a fixed value, a sum of components (each with
 * its own rules, so "flat owners get no rent part" is data), or a household amount by size (the
 * largest size given applies to larger households). Whole units of the programme's currency.
 */
public sealed interface Amount {

    record Fixed(long value) implements Amount {}

    /** One part of a component amount; {@code eligibility} empty means every eligible unit gets it. */
    record Component(String name, long value, List<String> eligibility) {}

    record Components(List<Component> components) implements Amount {}

    record BySize(NavigableMap<Integer, Long> bySize) implements Amount {
        long forSize(int size) {
            var e = bySize.floorEntry(Math.max(size, bySize.firstKey()));
            return e.getValue();
        }
    }
}
