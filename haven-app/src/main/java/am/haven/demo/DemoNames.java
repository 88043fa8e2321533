package am.haven.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo's name lists ({@code names.txt}): each name aligned across Armenian, Cyrillic and Latin script. */
record DemoNames(List<Name> surnames, List<Name> male, List<Name> female, List<Name> destinations) {

    /** One name in the three scripts; {@code genitive} is the Armenian patronymic form of a male name. */
    record Name(String hy, String ru, String en, String genitive) {

        String in(Script script) {
            return switch (script) {
                case ARMENIAN -> hy;
                case CYRILLIC -> ru;
                case LATIN -> en;
            };
        }

        /** The patronymic a clerk writes for a child of a man with this name, or null (Latin documents carry none). */
        String patronymic(Script script, boolean female) {
            return switch (script) {
                case ARMENIAN -> genitive;
                case CYRILLIC -> ru.endsWith("й")
                        ? ru.substring(0, ru.length() - 1) + (female ? "евна" : "евич")
                        : ru + (female ? "овна" : "ович");
                case LATIN -> null;
            };
        }
    }

    /** The script a clerk typed a household in. */
    enum Script { ARMENIAN, CYRILLIC, LATIN }

    static DemoNames load() {
        Map<String, List<Name>> sections = new HashMap<>();
        var in = DemoNames.class.getResourceAsStream("names.txt");
        if (in == null) throw new IllegalStateException("am/haven/demo/names.txt is missing");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String section = null;
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("[")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                String[] f = line.split("\\|");
                sections.computeIfAbsent(section, k -> new ArrayList<>())
                        .add(new Name(f[0], f[1], f[2], f.length > 3 ? f[3] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoNames(List.copyOf(sections.get("surname")), List.copyOf(sections.get("male")),
                List.copyOf(sections.get("female")), List.copyOf(sections.get("destination")));
    }
}
