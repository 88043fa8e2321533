package am.haven.match.synth;

import am.haven.match.normalize.Transliteration;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One registration of a person as a clerk writes it: one of four spellings (Armenian script, Russian
 * Cyrillic, Armenian-passport Latin, Russian-derived Latin), then typos, short given names, missing
 * fields, partial or mistyped birth dates, phone formats and look-alike document letters.
 */
final class Renderer {
    private final SplittableRandom random;
    private final Map<String, String> latin = new HashMap<>();

    Renderer(SplittableRandom random) {
        this.random = random;
    }

    /** Row {entity, given, family, patronymic, dob, sex, phone, document, place} in a random spelling. */
    String[] render(Person p, boolean first) {
        int spelling = random.nextInt(4);
        return render(p, first, spelling, p.phone);
    }

    /**
     * A registration in {@code spelling} (0 Armenian, 1 Russian, 2 passport Latin, 3 Russian-derived
     * Latin) giving {@code phone} as contact (a relative's, when the household registers together).
     */
    String[] render(Person p, boolean first, int spelling, String phone) {
        double noise = first ? 0.5 : 1.0;
        String given = spell(p.given, spelling);
        if (random.nextDouble() < 0.06 * noise) given = shortForm(given, spelling);
        String family = spell(p.surname, spelling);
        String patronymic = p.father == null || random.nextDouble() < 0.35 ? "" : patronymic(p.father, p.male, spelling);
        given = maybeTypo(given, 0.08 * noise);
        family = maybeTypo(family, 0.08 * noise);
        patronymic = maybeTypo(patronymic, 0.05 * noise);
        return new String[]{p.entity, given, family, patronymic, date(p, noise), sex(p.male, spelling),
                phone == null || random.nextDouble() < 0.15 ? "" : phoneFormat(phone),
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
        form = PopulationGenerator.endsWithVowel(hy) ? hy + "յի" : hy + "ի";
        return spelling == 0 ? form : latin(form);
    }

    private String date(Person p, double noise) {
        if (p.birth == Person.BirthKnown.NONE) return "";
        if (p.birth == Person.BirthKnown.YEAR) {
            // Known to the year only: every registration says so; the year itself is sometimes a guess.
            int y = random.nextDouble() < 0.05 * noise ? p.year + (random.nextBoolean() ? 1 : -1) : p.year;
            return random.nextDouble() < 0.03 ? "" : Integer.toString(y);
        }
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
}
