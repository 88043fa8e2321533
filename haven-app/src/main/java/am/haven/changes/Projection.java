package am.haven.changes;

import java.util.List;
import java.util.OptionalLong;

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
}
