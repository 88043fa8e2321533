package am.haven.changes;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An instance's in-memory copy of data derived from person records (the person index, the search
 * index). It is built from the database at start-up; its position in the feed lives in this
 * instance only, as the copy itself does.
 */
public interface Projection {

    String name();

    /**
     * After a (re)build, once: the feed's head read just before the build began; the dispatcher
     * applies every entry after it. Empty while nothing new was built.
     */
    OptionalLong takeStart();

    /** Brings the copy up to date with the entries; applying one twice must be harmless. */
    void apply(List<PersonChange> changes);

    /**
     * The one rule both projections follow: each changed record found in the database replaces its
     * entry ({@code put}); a changed record no longer there (erased) loses it ({@code remove}).
     */
    static <T> void replaceOrRemove(List<PersonChange> changes, Function<List<String>, List<T>> read,
                                    Function<T, String> idOf, Consumer<T> put, Consumer<String> remove) {
        List<String> ids = changes.stream().map(PersonChange::personId).distinct().toList();
        Set<String> present = new HashSet<>();
        for (T record : read.apply(ids)) {
            put.accept(record);
            present.add(idOf.apply(record));
        }
        for (String id : ids) if (!present.contains(id)) remove.accept(id);
    }
}
