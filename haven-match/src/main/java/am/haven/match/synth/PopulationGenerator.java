package am.haven.match.synth;

import am.haven.match.normalize.Transliteration;

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
 * {@code ./haven generate --persons N --seed S --out FILE.csv --truth TRUTH.csv}: a seeded synthetic
 * displaced population of N registration records with ground truth ({@code id,entity_id}).
 *
 * <p>Households share a surname, a phone and a settlement of origin; sons are often named after
 * their grandfather; there are twins and namesakes. About a quarter of people are registered more
 * than once, each time possibly in another of the four spellings (Armenian script, Russian Cyrillic,
 * Armenian-passport Latin, Russian-derived Latin), with typos, short given names, missing fields,
 * year-only, swapped or off-by-one birth dates, phones in several formats and Cyrillic look-alike
 * letters in document numbers.
 */
public final class PopulationGenerator {
    static final String HEADER = "id,given_name,family_name,patronymic,birth_date,sex,phone,document,birth_place";

    private final SplittableRandom random;
    private final Map<String, String> latin = new HashMap<>();
    private final String[][] surnames;
    private final double[] surnameCdf;

    PopulationGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        List<String[]> all = new ArrayList<>(List.of(ArmenianNames.SURNAMES));
        // The long tail: surnames formed from given names, as most Armenian surnames were.
        for (String[] m : ArmenianNames.MALE) {
            if (endsWithVowel(m[0])) continue;
            all.add(new String[]{m[0] + "յան", m[1] + "ян"});
        }
        surnames = all.toArray(new String[0][]);
        surnameCdf = zipf(surnames.length, 0.9);
    }

    /** Entry point for {@code ./haven generate}; returns the exit code (2 for bad arguments). */
    public static int run(String[] args) {
        return run(args, System.err);
    }

    static int run(String[] args, PrintStream err) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!List.of("--persons", "--seed", "--out", "--truth").contains(a) || i + 1 >= args.length) {
                err.println("haven generate: unexpected argument '" + a + "'");
                err.println("usage: haven generate --persons N [--seed S] --out FILE.csv --truth TRUTH.csv");
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
        if (n <= 0 || !o.containsKey("--out") || !o.containsKey("--truth")) {
            err.println("usage: haven generate --persons N [--seed S] --out FILE.csv --truth TRUTH.csv");
            return 2;
        }
        try {
            long t0 = System.nanoTime();
            new PopulationGenerator(seed).write(n, Path.of(o.get("--out")), Path.of(o.get("--truth")));
            err.printf(Locale.ROOT, "haven generate: %,d records in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
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
        List<String[]> rows = new ArrayList<>(n + 16);
        List<Person> recent = new ArrayList<>();
        int entity = 0;
        while (rows.size() < n) {
            for (Person p : household(recent)) {
                p.entity = "E" + (++entity);
                int copies = 1 + extraRegistrations();
                for (int c = 0; c < copies && rows.size() < n; c++) rows.add(render(p, c == 0));
                if (rows.size() >= n) break;
            }
        }
        return rows;
    }

    private int extraRegistrations() {
        double x = random.nextDouble();
        return x < 0.72 ? 0 : x < 0.92 ? 1 : x < 0.98 ? 2 : 3;
    }

    /** A person's true attributes. */
    static final class Person {
        String entity;
        String[] given;       // {hy, ru}
        String[] surname;     // {hy, ru}
        String[] father;      // father's given {hy, ru}, or null when unknown
        boolean male;
        int year, month, day;
        String phone;         // national significant number, 8 digits
        String document;      // e.g. AM1234567, or null
        int place;
    }

    private List<Person> household(List<Person> recent) {
        List<Person> members = new ArrayList<>();
        String[] surname = surnames[draw(surnameCdf)];
        int place = weightedPlace();
        String phone = phone();
        String[] grandfather = pick(ArmenianNames.MALE);
        int headYear = 1950 + random.nextInt(50);
        Person head = person(surname, true, grandfather, headYear, place, phone);
        members.add(head);
        if (random.nextDouble() < 0.12 && headYear < 1985) { // namesake: another family, same names
            if (!recent.isEmpty()) {
                Person other = recent.get(random.nextInt(recent.size()));
                head.given = other.given;
                head.surname = other.surname;
                surname = other.surname;
            }
        }
        if (random.nextDouble() < 0.8) {
            Person spouse = person(surname, false, pick(ArmenianNames.MALE), headYear + random.nextInt(7) - 2,
                    place, random.nextDouble() < 0.5 ? phone : phone());
            members.add(spouse);
        }
        if (random.nextDouble() < 0.2 && headYear < 1975) {
            Person elder = person(surname, true, pick(ArmenianNames.MALE), headYear - 22 - random.nextInt(10),
                    place, random.nextDouble() < 0.5 ? phone : null);
            elder.given = grandfather;
            members.add(elder);
        }
        int children = random.nextInt(4);
        java.util.Set<String> namesInFamily = new java.util.HashSet<>();
        members.forEach(m -> namesInFamily.add(m.given[0]));
        for (int c = 0; c < children; c++) {
            int year = headYear + 20 + random.nextInt(20);
            if (year > 2023) continue;
            boolean male = random.nextBoolean();
            Person child = person(surname, male, head.given, year, place, random.nextDouble() < 0.4 ? phone : null);
            if (male && c == 0 && random.nextDouble() < 0.3) child.given = grandfather; // named after grandfather
            for (int tries = 0; namesInFamily.contains(child.given[0]) && tries < 5; tries++) {
                child.given = pick(male ? ArmenianNames.MALE : ArmenianNames.FEMALE); // no two siblings share a name
            }
            namesInFamily.add(child.given[0]);
            members.add(child);
            if (random.nextDouble() < 0.03) { // twins: everything shared but the given name
                Person twin = person(surname, random.nextBoolean(), head.given, year, place, child.phone);
                twin.month = child.month;
                twin.day = child.day;
                for (int tries = 0; namesInFamily.contains(twin.given[0]) && tries < 5; tries++) {
                    twin.given = pick(twin.male ? ArmenianNames.MALE : ArmenianNames.FEMALE);
                }
                namesInFamily.add(twin.given[0]);
                members.add(twin);
            }
        }
        recent.add(head);
        if (recent.size() > 500) recent.remove(random.nextInt(recent.size()));
        return members;
    }

    private Person person(String[] surname, boolean male, String[] father, int year, int place, String phone) {
        Person p = new Person();
        p.surname = surname;
        p.male = male;
        p.given = pick(male ? ArmenianNames.MALE : ArmenianNames.FEMALE);
        p.father = father;
        p.year = year;
        p.month = 1 + random.nextInt(12);
        p.day = 1 + random.nextInt(28);
        p.phone = phone;
        p.document = year < 2008 || random.nextDouble() < 0.3 ? docPrefix() + (1_000_000 + random.nextInt(9_000_000)) : null;
        p.place = place;
        return p;
    }

    /** One registration of {@code p}: a spelling, then corruptions. */
    private String[] render(Person p, boolean first) {
        int spelling = random.nextInt(4); // 0 Armenian, 1 Russian, 2 passport Latin, 3 Russian-derived Latin
        double noise = first ? 0.5 : 1.0;
        String given = spell(p.given, spelling);
        if (random.nextDouble() < 0.06 * noise) given = shortForm(given, spelling);
        String family = spell(p.surname, spelling);
        String patronymic = p.father == null || random.nextDouble() < 0.35 ? "" : patronymic(p.father, p.male, spelling);
        given = maybeTypo(given, 0.08 * noise);
        family = maybeTypo(family, 0.08 * noise);
        patronymic = maybeTypo(patronymic, 0.05 * noise);
        return new String[]{p.entity, given, family, patronymic, date(p, noise), sex(p.male, spelling),
                p.phone == null || random.nextDouble() < 0.15 ? "" : phoneFormat(p.phone),
                p.document == null || random.nextDouble() < 0.3 ? "" : document(p.document, spelling),
                random.nextDouble() < 0.1 ? "" : place(p.place, spelling)};
    }

    private String spell(String[] name, int spelling) {
        return switch (spelling) {
            case 0 -> name[0];
            case 1 -> name[1];
            case 2 -> latin(name[0]);
            default -> latin(name[1]);
        };
    }

    private String latin(String s) {
        return latin.computeIfAbsent(s, Transliteration::toLatin);
    }

    private String shortForm(String given, int spelling) {
        String passport = spelling == 2 ? given : null;
        for (String[] f : ArmenianNames.SHORT_FORMS) {
            if (f[0].equals(passport) || f[0].equals(latin(given))) return spelling == 1 || spelling == 0 ? f[2] : f[1];
        }
        return given;
    }

    private String patronymic(String[] father, boolean male, int spelling) {
        boolean russianStyle = spelling == 1 || spelling == 3 || random.nextDouble() < 0.2;
        String form;
        if (russianStyle) {
            String ru = father[1];
            String stem;
            String suffix;
            if (ru.endsWith("ий")) { stem = ru.substring(0, ru.length() - 2) + "ь"; suffix = male ? "евич" : "евна"; }
            else if (ru.endsWith("ей") || ru.endsWith("ай")) { stem = ru.substring(0, ru.length() - 1); suffix = male ? "евич" : "евна"; }
            else if (ru.endsWith("а") || ru.endsWith("о") || ru.endsWith("е")) { stem = ru.substring(0, ru.length() - 1); suffix = male ? "ович" : "овна"; }
            else { stem = ru; suffix = male ? "ович" : "овна"; }
            form = stem + suffix;
            return spelling == 0 || spelling == 1 ? form : latin(form);
        }
        String hy = father[0];
        form = endsWithVowel(hy) ? hy + "յի" : hy + "ի";
        return spelling == 0 ? form : latin(form);
    }

    private String date(Person p, double noise) {
        double x = random.nextDouble();
        int y = p.year, m = p.month, d = p.day;
        if (x < 0.10 * noise) return Integer.toString(y);                           // only the year known
        if (x < 0.13 * noise) return String.format(Locale.ROOT, "%04d-%02d", y, m);  // year and month
        if (x < 0.17 * noise && d <= 12) { int t = m; m = d; d = t; }              // day and month swapped
        else if (x < 0.20 * noise) y += random.nextBoolean() ? 1 : -1;              // year off by one
        else if (x < 0.22 * noise) d = 1 + random.nextInt(28);                      // day mistyped
        if (random.nextDouble() < 0.03) return "";
        return switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
            case 1 -> String.format(Locale.ROOT, "%02d.%02d.%04d", d, m, y);
            default -> String.format(Locale.ROOT, "%04d%02d%02d", y, m, d);
        };
    }

    private String sex(boolean male, int spelling) {
        if (random.nextDouble() < 0.05) return "";
        return switch (spelling) {
            case 0 -> male ? "արական" : "իգական";
            case 1 -> male ? "М" : "Ж";
            default -> random.nextBoolean() ? (male ? "M" : "F") : (male ? "male" : "female");
        };
    }

    private String phone() {
        String[] prefixes = {"91", "93", "94", "95", "96", "97", "98", "99", "77", "55", "41", "43", "44", "49"};
        return prefixes[random.nextInt(prefixes.length)] + (100_000 + random.nextInt(900_000));
    }

    private String phoneFormat(String national) {
        String p = national.substring(0, 2), rest = national.substring(2);
        if (random.nextDouble() < 0.03) { // a mistyped digit
            int k = random.nextInt(rest.length());
            rest = rest.substring(0, k) + random.nextInt(10) + rest.substring(k + 1);
        }
        return switch (random.nextInt(5)) {
            case 0 -> "0" + p + rest;
            case 1 -> "+374 " + p + " " + rest.substring(0, 3) + " " + rest.substring(3);
            case 2 -> "00374" + p + rest;
            case 3 -> "374-" + p + "-" + rest.substring(0, 2) + "-" + rest.substring(2, 4) + "-" + rest.substring(4);
            default -> "(0" + p + ") " + rest.substring(0, 2) + "-" + rest.substring(2, 4) + "-" + rest.substring(4);
        };
    }

    private String docPrefix() {
        String[] p = {"AM", "AK", "AT", "AN", "AR"};
        return p[random.nextInt(p.length)];
    }

    private String document(String doc, int spelling) {
        if ((spelling == 1 || spelling == 3) && random.nextDouble() < 0.5) {
            // Russian keyboard: look-alike Cyrillic letters
            return doc.replace('A', 'А').replace('M', 'М').replace('K', 'К').replace('T', 'Т');
        }
        return random.nextDouble() < 0.2 ? doc.substring(0, 2) + " " + doc.substring(2) : doc;
    }

    private String place(int place, int spelling) {
        String[] p = ArmenianNames.PLACES[place];
        if (random.nextDouble() < 0.08) return p[3]; // the Azerbaijani name
        return switch (spelling) {
            case 0 -> p[0];
            case 1 -> p[1];
            case 2 -> p[2];
            default -> latin(p[1]);
        };
    }

    private int weightedPlace() {
        int total = 0;
        for (String[] p : ArmenianNames.PLACES) total += Integer.parseInt(p[4]);
        int x = random.nextInt(total);
        for (int i = 0; i < ArmenianNames.PLACES.length; i++) {
            x -= Integer.parseInt(ArmenianNames.PLACES[i][4]);
            if (x < 0) return i;
        }
        return 0;
    }

    private String maybeTypo(String s, double probability) {
        if (s.length() < 3 || random.nextDouble() >= probability) return s;
        int k = 1 + random.nextInt(s.length() - 1);
        char other = s.charAt(random.nextInt(s.length()));
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, k) + s.substring(k + 1);                                 // deletion
            case 1 -> s.substring(0, k) + Character.toLowerCase(other) + s.substring(k);      // insertion
            case 2 -> s.substring(0, k) + Character.toLowerCase(other) + s.substring(k + 1);  // substitution
            default -> k + 1 < s.length()                                                     // transposition
                    ? s.substring(0, k) + s.charAt(k + 1) + s.charAt(k) + s.substring(k + 2) : s;
        };
    }

    private String[] pick(String[][] names) {
        return names[draw(zipfCache(names))];
    }

    private final Map<Integer, double[]> cdfs = new HashMap<>();

    private double[] zipfCache(String[][] names) {
        return cdfs.computeIfAbsent(names.length, k -> zipf(k, 0.7));
    }

    private int draw(double[] cdf) {
        double x = random.nextDouble();
        int lo = 0, hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) cdf[i] /= sum;
        return cdf;
    }

    private static boolean endsWithVowel(String hy) {
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
