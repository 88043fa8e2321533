package am.haven.tracing;

import am.haven.match.normalize.Fold;
import am.haven.match.normalize.GivenNames;
import am.haven.match.normalize.NameKey;
import am.haven.match.normalize.Patronymics;
import am.haven.match.normalize.Phones;
import am.haven.match.normalize.Places;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * A search as the index understands it: name words in no particular order (family, given and
 * patronymic in any script), and what else narrows it: birth year, sex, origin, phone.
 * Free text is split into words; a four-digit year and a phone number inside it are recognised.
 */
record NameQuery(List<Word> words, Integer birthYear, String sex, String origin, String phone) {

    /** One name word: its folded Latin form, the father's name if it reads as a patronymic, its sound key. */
    record Word(String text, String folded, String father, String key, String group, String fatherGroup) {
        static Word of(String raw) {
            String folded = Fold.compact(raw);
            if (folded == null) return null;
            String father = Patronymics.fatherName(folded);
            father = father.equals(folded) ? null : father;
            return new Word(raw, folded, father, NameKey.ofLatin(folded), GivenNames.standard().canonical(folded),
                    father == null ? null : GivenNames.standard().canonical(father));
        }

        /** True when the word reads as a patronymic (Armenovich, Armeni). */
        boolean patronymicLike() {
            return father != null;
        }
    }

    static NameQuery parse(String q, Integer birthYear, String sex, String origin, String phone) {
        List<Word> words = new ArrayList<>();
        Integer year = birthYear;
        String ph = phone == null || phone.isBlank() ? null : Phones.e164(phone, "AM");
        if (q != null) {
            for (String part : q.trim().split("[\\s,;]+")) {
                if (part.isEmpty()) continue;
                String digits = part.replaceAll("[^0-9]", "");
                if (part.matches("\\d{4}") && year == null && plausibleYear(Integer.parseInt(part))) {
                    year = Integer.parseInt(part);
                } else if (digits.length() >= 7 && digits.length() * 2 > part.length()) {
                    if (ph == null) ph = Phones.e164(part, "AM");
                } else {
                    // Fold.words splits "Ter-Petrosyan" as registration's stored names are split.
                    String w = Fold.words(part);
                    if (w == null) continue;
                    for (String one : w.split(" ")) {
                        if (one.chars().allMatch(Character::isDigit)) continue;
                        Word word = Word.of(one);
                        if (word != null) words.add(word);
                    }
                }
            }
        }
        return new NameQuery(words, year, sex == null || sex.isBlank() ? null : sex.trim().toUpperCase(java.util.Locale.ROOT),
                origin == null || origin.isBlank() ? null : Places.canonical(origin), ph);
    }

    /** The query that looks for a case's sought person, one per name variant (full name, each alternate name). */
    static List<NameQuery> forSought(SoughtPerson s) {
        List<NameQuery> out = new ArrayList<>();
        Integer year = null;
        if (s.birthDate() != null && s.birthDate().length() >= 4) {
            try {
                year = Integer.parseInt(s.birthDate().substring(0, 4));
            } catch (NumberFormatException e) {
                year = null;
            }
        }
        List<String> variants = new ArrayList<>();
        String parts = String.join(" ", java.util.stream.Stream.of(s.givenName(), s.familyName(), s.patronymic())
                .filter(java.util.Objects::nonNull).toList());
        if (!parts.isBlank()) variants.add(parts);
        if (s.fullName() != null) variants.addAll(List.of(s.fullName().split("\n")));
        if (s.alternateNames() != null) variants.addAll(List.of(s.alternateNames().split("\n")));
        for (String v : variants.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList()) {
            NameQuery q = parse(v, year, s.sex(), s.origin(), null);
            if (!q.words().isEmpty()) out.add(q);
        }
        return out;
    }

    boolean isEmpty() {
        return words.isEmpty() && phone == null;
    }

    private static boolean plausibleYear(int y) {
        return y >= 1900 && y <= Year.now().getValue();
    }
}
