package am.haven.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Ids asked for with SQL {@code IN} lists of one fixed size, the last list padded with a repeat of
 * its first id. The statement text is then the same for any number of ids, so PostgreSQL prepares
 * it once per connection instead of once per list length.
 */
public final class InLists {

    public static final int SIZE = 32;

    /** {@code ?,?,…} for one list of {@value #SIZE}. */
    public static final String MARKS = String.join(",", Collections.nCopies(SIZE, "?"));

    private InLists() {
    }

    /** Runs {@code query} once per list of {@link #of}, with {@link #MARKS} to put in its {@code IN (...)}. */
    public static void forEach(Collection<String> ids, java.util.function.Consumer<List<String>> query) {
        of(ids).forEach(query);
    }

    /** The distinct ids in lists of exactly {@value #SIZE}; none for no ids. */
    public static List<List<String>> of(Collection<String> ids) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SIZE) {
            List<String> chunk = new ArrayList<>(distinct.subList(from, Math.min(distinct.size(), from + SIZE)));
            while (chunk.size() < SIZE) chunk.add(chunk.get(0));
            out.add(chunk);
        }
        return out;
    }
}
