package am.haven.match.model;

import am.haven.match.MatchException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads, writes and shows {@link LinkageModel}s as JSON. */
public final class ModelFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelFiles() {}

    public static void save(LinkageModel model, Path file) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), model);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new MatchException("cannot write model " + file + ": " + e.getMessage(), e);
        }
    }

    /** @throws InvalidModelException when the file is not a model this version can read */
    public static LinkageModel load(Path file) {
        try {
            LinkageModel m = JSON.readValue(file.toFile(), LinkageModel.class);
            if (!LinkageModel.FORMAT.equals(m.format()) || m.version() > LinkageModel.VERSION) {
                throw new InvalidModelException(file + ": format " + m.format() + " version " + m.version()
                        + ", expected " + LinkageModel.FORMAT + " version <= " + LinkageModel.VERSION);
            }
            return m;
        } catch (IOException e) {
            throw new InvalidModelException(file + ": " + e.getMessage());
        }
    }

    public static String toJson(LinkageModel model) {
        try {
            return JSON.writeValueAsString(model);
        } catch (IOException e) {
            throw new MatchException("cannot serialise model", e);
        }
    }

    /** A human-readable table of the model: each comparison's levels with m, u and weight. */
    public static String show(LinkageModel model) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "model %s v%d: threshold %.3f, review band from %.3f, %.3f matches/record%n",
                model.format(), model.version(), model.threshold(), model.possibleThreshold(), model.matchesPerRecord()));
        for (var c : model.comparisons()) {
            b.append(String.format(Locale.ROOT, "  %s (%s)%n", c.field(), c.type()));
            for (var l : c.levels()) {
                b.append(String.format(Locale.ROOT, "    %-24s m=%.4f u=%.6f weight=%+6.2f%s%n",
                        l.label(), l.m(), l.u(), l.weight(), l.tfAdjusted() ? " (tf)" : ""));
            }
        }
        b.append("  blocking: ").append(model.blockingRules()).append(" cap ").append(model.blockCap()).append('\n');
        return b.toString();
    }

    /** A model file that cannot be used. */
    public static class InvalidModelException extends MatchException {
        public InvalidModelException(String message) {
            super("invalid model " + message);
        }
    }
}
