package am.haven.registration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import am.haven.match.normalize.Places;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settlements of Nagorno-Karabakh that people left in September 2023, with their English,
 * Armenian and Russian names (from {@code settlements.txt}); the desk offers them as suggestions
 * and the demo population comes from them.
 */
public final class Settlements {

    /** One settlement and the region (former district) it belongs to. */
    public record Settlement(String en, String hy, String ru, String region) {
        public String name(Locale locale) {
            return switch (locale.getLanguage()) {
                case "hy" -> hy;
                case "ru" -> ru;
                default -> en;
            };
        }
    }

    private static final List<Settlement> ALL = load();
    private static final Map<String, Settlement> BY_PLACE = index(ALL);

    private Settlements() {}

    public static List<Settlement> all() {
        return ALL;
    }

    /**
     * The settlement a clerk meant, whatever script or spelling it was typed in: Ստեփանակերտ,
     * Степанакерт, Stepanakert and Khankendi are one (compared by {@link Places#canonical}, the
     * place names de-duplication and tracing compare by). Empty for a place not in the list.
     */
    public static Optional<Settlement> find(String typed) {
        if (typed == null || typed.isBlank()) return Optional.empty();
        return Optional.ofNullable(BY_PLACE.get(Places.canonical(typed)));
    }

    private static Map<String, Settlement> index(List<Settlement> all) {
        Map<String, Settlement> out = new HashMap<>();
        for (Settlement s : all) {
            for (String name : List.of(s.en(), s.hy(), s.ru())) {
                String key = Places.canonical(name);
                if (key != null) out.putIfAbsent(key, s);
            }
        }
        return Map.copyOf(out);
    }

    private static List<Settlement> load() {
        var in = Settlements.class.getResourceAsStream("settlements.txt");
        if (in == null) throw new IllegalStateException("settlements.txt is missing from the classpath");
        List<Settlement> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\\|");
                out.add(new Settlement(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
