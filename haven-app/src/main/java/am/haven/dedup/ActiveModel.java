package am.haven.dedup;

import am.haven.match.Linker;
import am.haven.match.model.LinkageModel;
import org.springframework.stereotype.Service;

/**
 * The active linkage model, read from the database and cached as a {@link Linker}. Another instance
 * may activate a new model; {@link #refresh} notices by its version number.
 */
@Service
class ActiveModel {

    /** A linker with the version of the stored model it was made from. */
    record Versioned(int version, Linker linker) {}

    private final ModelRepository models;
    private volatile Versioned current;

    ActiveModel(ModelRepository models) {
        this.models = models;
    }

    /** The active model, storing the bootstrap model first if the database has none. */
    Versioned current() {
        Versioned c = current;
        if (c == null) c = refresh();
        return c;
    }

    /** Re-reads the active version; reloads the model only when it changed. */
    synchronized Versioned refresh() {
        Integer version = models.activeVersion().orElse(null);
        if (version == null) {
            models.insertFirst(BootstrapModel.create(), "bootstrap priors");
            version = models.activeVersion().orElseThrow();
        }
        if (current == null || current.version() != version) {
            LinkageModel model = models.find(version).orElseThrow();
            current = new Versioned(version, Linker.fromModel(model));
        }
        return current;
    }
}
