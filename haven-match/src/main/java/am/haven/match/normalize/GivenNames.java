package am.haven.match.normalize;

import am.haven.match.MatchException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Given-name equivalents and short forms, read from {@code given-names.txt}: names a sound key cannot
 * join (Hovhannes / Vanik / Ivan, Aleksandr / Sasha). Lookups go by exact folded form first, then by
 * cross-script key, so every spelling of a listed name finds its group.
 */
public final class GivenNames {
    private static final GivenNames DEFAULT = load("/am/haven/match/given-names.txt");

    private final Map<String, String> byForm = new HashMap<>();
    private final Map<String, String> byKey = new HashMap<>();

    private GivenNames() {}

    /** The table shipped with haven-match. */
    public static GivenNames standard() {
        return DEFAULT;
    }

    /** The canonical name of the group {@code foldedName} belongs to, or null when it is in no group. */
    public String canonical(String foldedName) {
        if (foldedName == null) return null;
        String c = byForm.get(foldedName);
        if (c != null) return c;
        String key = NameKey.ofLatin(foldedName);
        return key == null ? null : byKey.get(key);
    }

    private static GivenNames load(String resource) {
        GivenNames g = new GivenNames();
        try (InputStream in = GivenNames.class.getResourceAsStream(resource)) {
            if (in == null) throw new MatchException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] names = line.split(",");
                String canonical = Fold.compact(names[0]);
                for (String n : names) {
                    String f = Fold.compact(n);
                    if (f == null) continue;
                    g.byForm.putIfAbsent(f, canonical);
                    String key = NameKey.ofLatin(f);
                    // A short key (two letters) would pull unrelated names into a group.
                    if (key != null && key.length() >= 3) g.byKey.putIfAbsent(key, canonical);
                }
            }
        } catch (IOException e) {
            throw new MatchException("cannot read " + resource, e);
        }
        return g;
    }
}
