package am.haven.match.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code ./haven generate --persons N --seed S [--profile realistic|classic] --out FILE.csv --truth TRUTH.csv}:
 * a seeded synthetic displaced population of N registration records with ground truth ({@code id,entity_id}).
 * The default profile, {@code realistic} ({@link RealisticPopulation}), is as hard as a real register
 * (concentrated surnames, many namesakes, births known to the year only, relatives' phones);
 * {@code classic} ({@link ClassicPopulation}) is the first, kinder generator.
 *
 * <p>Households share a surname, a phone and a settlement of origin; sons are often named after
 * their grandfather; there are twins and namesakes. About a quarter of people are registered more
 * than once, each time possibly in another of the four spellings (Armenian script, Russian Cyrillic,
 * Armenian-passport Latin, Russian-derived Latin), with typos, short given names, missing fields,
 * year-only, swapped or off-by-one birth dates, phones in several formats and Cyrillic look-alike
 * letters in document numbers.
 */
public final class PopulationGenerator {
    static final String USAGE = "usage: haven generate --persons N [--seed S] [--profile realistic|classic] "
            + "--out FILE.csv --truth TRUTH.csv";
    static final String HEADER = "id,given_name,family_name,patronymic,birth_date,sex,phone,document,birth_place";

    /** Which population to draw. */
    public enum Profile {
        /** As hard as a real register: see {@link RealisticPopulation}. */
        REALISTIC,
        /** The first, kinder generator: see {@link ClassicPopulation}. */
        CLASSIC;

        static Profile ofCode(String code) {
            for (Profile p : values()) if (p.name().equalsIgnoreCase(code)) return p;
            return null;
        }
    }

    private final SplittableRandom random;
    private final Profile profile;

    PopulationGenerator(long seed) {
        this(seed, Profile.CLASSIC);
    }

    PopulationGenerator(long seed, Profile profile) {
        this.random = new SplittableRandom(seed);
        this.profile = profile;
    }

    /** Entry point for {@code ./haven generate}; returns the exit code (2 for bad arguments). */
    public static int run(String[] args) {
        return run(args, System.err);
    }

    static int run(String[] args, PrintStream err) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!List.of("--persons", "--seed", "--out", "--truth", "--profile").contains(a) || i + 1 >= args.length) {
                err.println("haven generate: unexpected argument '" + a + "'");
                err.println(USAGE);
                return 2;
            }
            o.put(a, args[++i]);
        }
        int n;
        long seed;
        try {
            n = Integer.parseInt(o.getOrDefault("--persons", ""));
            seed = Long.parseLong(o.getOrDefault("--seed", "1"));
        } catch (NumberFormatException e) {
            n = -1;
            seed = 0;
        }
        Profile profile = Profile.ofCode(o.getOrDefault("--profile", "realistic"));
        if (n <= 0 || !o.containsKey("--out") || !o.containsKey("--truth") || profile == null) {
            err.println(USAGE);
            return 2;
        }
        try {
            long t0 = System.nanoTime();
            new PopulationGenerator(seed, profile).write(n, Path.of(o.get("--out")), Path.of(o.get("--truth")));
            err.printf(Locale.ROOT, "haven generate: %,d records (%s profile) in %.1f s%n", n,
                    profile.name().toLowerCase(Locale.ROOT), (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (IOException e) {
            err.println("haven generate: error: " + e.getMessage());
            return 1;
        }
    }

    /** Writes {@code n} records and their truth. */
    void write(int n, Path out, Path truth) throws IOException {
        List<String[]> rows = generate(n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) { // shuffle: duplicates must not sit next to each other
            int j = random.nextInt(i + 1);
            int t = order[i]; order[i] = order[j]; order[j] = t;
        }
        Path tmpOut = Files.createTempFile(out.toAbsolutePath().getParent(), ".gen", ".tmp");
        Path tmpTruth = Files.createTempFile(truth.toAbsolutePath().getParent(), ".gen", ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmpOut, StandardCharsets.UTF_8);
             BufferedWriter t = Files.newBufferedWriter(tmpTruth, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            t.write("id,entity_id\n");
            int width = Integer.toString(n).length();
            for (int k = 0; k < n; k++) {
                String[] r = rows.get(order[k]);
                String id = "R" + pad(k + 1, width);
                w.write(id);
                for (int c = 1; c < r.length; c++) {
                    w.write(',');
                    w.write(csv(r[c]));
                }
                w.write('\n');
                t.write(id);
                t.write(',');
                t.write(r[0]);
                t.write('\n');
            }
        }
        Files.move(tmpOut, out, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmpTruth, truth, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Rows of {entity, given, family, patronymic, dob, sex, phone, document, place}, not shuffled. */
    List<String[]> generate(int n) {
        return profile == Profile.CLASSIC ? new ClassicPopulation(random).generate(n)
                : new RealisticPopulation(random).generate(n);
    }

    /** The curated surnames, then the long tail formed from given names, as most Armenian surnames were. */
    static String[][] allSurnames() {
        List<String[]> all = new ArrayList<>(List.of(ArmenianNames.SURNAMES));
        for (String[] m : ArmenianNames.MALE) {
            if (endsWithVowel(m[0])) continue;
            all.add(new String[]{m[0] + "յան", m[1] + "ян"});
        }
        return all.toArray(new String[0][]);
    }

    static boolean endsWithVowel(String hy) {
        return "աեէըիոօ".indexOf(hy.charAt(hy.length() - 1)) >= 0;
    }

    private static String pad(int k, int width) {
        String s = Integer.toString(k);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
