package am.haven.match;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the public test data: {@code <repo root>/../shared/data}, where CI puts a copy of
 * {@code shared/} beside the clone. A git worktree may sit deeper, so further ancestors are tried too.
 * Tests that need it are skipped, with a message, when it is absent.
 */
public final class SharedData {
    private SharedData() {}

    public static Path dir() {
        Path root = repoRoot();
        for (Path p = root; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return root.resolveSibling("shared").resolve("data");
    }

    /** The data file {@code relative}, or the calling test is skipped when the shared data is absent. */
    public static Path require(String relative) {
        Path file = dir().resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "shared test data not found at " + file + " (expected <repo root>/../shared/data); skipping");
        return file;
    }

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve("haven-match")) && Files.isRegularFile(q.resolve("pom.xml"))) return q;
        }
        return p.getParent() == null ? p : p.getParent();
    }
}
