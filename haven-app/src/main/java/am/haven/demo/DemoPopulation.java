package am.haven.demo;

import am.haven.demo.DemoNames.Name;
import am.haven.demo.DemoNames.Script;
import am.haven.registration.BulkRegistration.Backdated;
import am.haven.registration.HouseholdRequest;
import am.haven.registration.MemberRequest;
import am.haven.registration.Settlements;
import am.haven.registration.Settlements.Settlement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A synthetic population shaped like the arrivals of September 2023 (see DOMAIN.md): household
 * sizes 1–8, about 52 % women and girls, 31 % children, 18 % aged 65 and over, 2 % with a
 * disability, pregnant women, wheelchair users; registered from 25 September to 5 October with the
 * peak on 27–28 September at Kornidzor, Goris, Vayk and online; typed in Armenian, Cyrillic or Latin
 * script. A few percent of households come back a few days later and are registered again, in
 * another script, with dates written differently, so de-duplication has real work. Seeded: the same
 * seed gives the same population.
 */
final class DemoPopulation {

    /** Reference day for ages. */
    static final LocalDate ARRIVAL = LocalDate.of(2023, 9, 27);
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 9, 25);
    /** Share of households registered (at least) twice. */
    static final double RETURNING = 0.04;

    private static final int[] SIZE_WEIGHTS = {0, 11, 17, 18, 21, 15, 10, 5, 3};
    /** Registrations per day from 25 Sep to 5 Oct; the peak is 27–28 Sep. */
    private static final int[] DAY_WEIGHTS = {3, 12, 24, 22, 14, 8, 5, 4, 3, 3, 2};
    private static final String[] MOBILE_PREFIXES = {"91", "93", "94", "95", "96", "98", "99", "41", "43", "44", "55", "77"};

    /** One generated registration; {@code returning} marks a second registration of earlier arrivals. */
    record Arrival(Backdated registration, boolean returning) {}

    private final Random random;
    private final DemoNames names;
    private final List<Settlement> settlements = Settlements.all();

    DemoPopulation(long seed, DemoNames names) {
        this.random = new Random(seed);
        this.names = names;
    }

    /** {@code households} first registrations plus about 4 % returning ones, in registration order. */
    List<Arrival> generate(int households) {
        List<Arrival> out = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            Family f = family();
            Instant at = registrationTime();
            Script script = script();
            out.add(arrival(f, script, at, false));
            if (random.nextDouble() < RETURNING) {
                Instant later = at.plusSeconds(3600L * (6 + random.nextInt(24 * 4)));
                Instant last = FIRST_DAY.plusDays(DAY_WEIGHTS.length).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(60);
                if (later.isAfter(last)) later = last;
                Script other = Script.values()[(script.ordinal() + 1 + random.nextInt(2)) % 3];
                Family again = random.nextDouble() < 0.3 && f.members.size() > 2 ? f.part(random) : f;
                out.add(arrival(again, other, later, true));
            }
        }
        out.sort(Comparator.comparing(a -> a.registration().registeredAt()));
        return out;
    }

    private Arrival arrival(Family f, Script script, Instant at, boolean again) {
        Point point = point(at);
        String clerk = point.clerkPrefix + "-" + String.format("%02d", 1 + random.nextInt(12));
        return new Arrival(new Backdated(f.request(script, again, random, point.label), at, clerk), again);
    }

    // --- households -------------------------------------------------------------------------

    /** A member as the family would describe them, independent of the script they are typed in. */
    private record Member(Name given, boolean female, LocalDate birth, String relationship, Name father,
                          List<String> needs, String documentType, String documentDigits, String phone) {}

    /** A household before it is typed: its true members, surname, origin and phone. */
    private final class Family {
        final Name surname;
        final Settlement origin;
        final Name destination;
        final String phoneDigits;
        final List<Member> members = new ArrayList<>();
        final boolean consentAssistance = random.nextDouble() < 0.95;
        final boolean consentTracing = random.nextDouble() < 0.8;
        final boolean consentSharing = random.nextDouble() < 0.6;

        Family(Name surname) {
            this(surname, random.nextDouble() < 0.45 ? settlements.get(0) : pick(settlements),
                    pick(names.destinations()), random.nextDouble() < 0.93 ? pick(MOBILE_PREFIXES) + digits(6) : null);
        }

        Family(Name surname, Settlement origin, Name destination, String phoneDigits) {
            this.surname = surname;
            this.origin = origin;
            this.destination = destination;
            this.phoneDigits = phoneDigits;
        }

        /** The head and a few others only: part of a family that registered again on its own. */
        Family part(Random r) {
            Family f = new Family(surname, origin, destination, phoneDigits);
            f.members.add(members.get(0));
            for (int i = 1; i < members.size(); i++) if (r.nextBoolean()) f.members.add(members.get(i));
            return f;
        }

        HouseholdRequest request(Script script, boolean again, Random r, String point) {
            List<MemberRequest> typed = new ArrayList<>();
            for (Member m : members) typed.add(typed(m, script, again, r));
            return new HouseholdRequest(point, new HouseholdRequest.Origin(origin.name(locale(script)), origin.region()),
                    null, destination.in(script), phoneDigits == null ? null : phone(phoneDigits, r), null,
                    new HouseholdRequest.Consent(consentAssistance, consentTracing, consentSharing), null, typed);
        }

        private MemberRequest typed(Member m, Script script, boolean again, Random r) {
            String family = surname.in(script);
            if (again && script == Script.LATIN && r.nextDouble() < 0.4) family = family.replaceAll("yan$", "ian");
            String patronymic = m.father() == null || r.nextDouble() < 0.15 ? null : m.father().patronymic(script, m.female());
            List<MemberRequest.DocumentRequest> docs = m.documentType() == null ? List.of()
                    : List.of(new MemberRequest.DocumentRequest(m.documentType(), documentNumber(m, script, r)));
            return new MemberRequest(m.given().in(script), family, patronymic, m.female() ? "F" : "M",
                    birthText(m.birth(), again, r), m.birth().getYear() < 1950 && r.nextDouble() < 0.3,
                    m.relationship(), m.needs(), docs, m.phone() == null ? null : phone(m.phone(), r), null);
        }
    }

    private Family family() {
        Family f = new Family(pick(names.surnames()));
        int size = weighted(SIZE_WEIGHTS);
        if (size == 1) {
            boolean elderly = random.nextDouble() < 0.65;
            boolean female = random.nextDouble() < (elderly ? 0.68 : 0.45);
            f.members.add(person(female, elderly ? age(65, 93) : age(19, 64), "HEAD", null, size));
            return f;
        }
        double stage = random.nextDouble();
        if (size == 2 && stage < 0.55) {
            int headAge = age(65, 90);
            f.members.add(person(false, headAge, "HEAD", null, size));
            f.members.add(person(true, Math.max(60, headAge - random.nextInt(6)), "SPOUSE", null, size));
            return f;
        }
        boolean singleParent = random.nextDouble() < (size == 2 ? 0.5 : 0.1);
        boolean older = !singleParent && random.nextDouble() < 0.4;
        int headAge = older ? age(50, 76) : age(24, 47);
        boolean headFemale = singleParent ? random.nextDouble() < 0.85 : random.nextDouble() < 0.08;
        Member head = person(headFemale, headAge, "HEAD", null, size);
        f.members.add(head);
        Member father = headFemale ? null : head;
        if (!singleParent) {
            Member spouse = person(!headFemale, Math.max(19, headAge - 1 - random.nextInt(6)), "SPOUSE", null, size);
            f.members.add(spouse);
            if (father == null) father = spouse;
        } else if (headFemale && size > 2) {
            head.needs().add("SINGLE_CAREGIVER");
        }
        int grandparents = 0;
        while (f.members.size() < size) {
            int left = size - f.members.size();
            if (grandparents < 2 && left >= 1 && f.members.size() >= 3 && random.nextDouble() < (older ? 0.12 : 0.6)) {
                grandparents++;
                f.members.add(person(random.nextDouble() < 0.62, Math.min(95, headAge + 22 + random.nextInt(12)), "PARENT", null, size));
            } else if (older && random.nextDouble() < 0.5) {
                f.members.add(person(random.nextBoolean(), age(18, Math.max(19, headAge - 20)), "CHILD", father, size));
            } else if (older) {
                f.members.add(person(random.nextBoolean(), age(0, 14), "GRANDCHILD", null, size));
            } else {
                int maxChild = Math.max(0, Math.min(17, headAge - 19));
                f.members.add(person(random.nextBoolean(), age(0, maxChild + 1), "CHILD", father, size));
            }
        }
        return f;
    }

    private Member person(boolean female, int age, String relationship, Member father, int householdSize) {
        // Born before the first day of registration, so no record is dated after the day it was taken.
        LocalDate birth = FIRST_DAY.minusDays(1).minusYears(age).minusDays(random.nextInt(365));
        List<String> needs = new ArrayList<>();
        if (age >= 65) {
            if (random.nextDouble() < 0.05) needs.add("MOBILITY");
            if (random.nextDouble() < 0.08) needs.add("SERIOUS_MEDICAL");
            if (random.nextDouble() < (householdSize == 1 ? 0.35 : 0.04)) needs.add("OLDER_AT_RISK");
        } else if (random.nextDouble() < 0.006) {
            needs.add("MOBILITY");
        }
        if (random.nextDouble() < 0.012) needs.add("DISABILITY");
        if (female && age >= 18 && age <= 42 && random.nextDouble() < 0.11) needs.add("PREGNANT_LACTATING");
        String docType;
        if (random.nextDouble() < 0.04) {
            docType = null;
            needs.add("LEGAL_PROTECTION");
        } else if (age < 16) {
            docType = "BIRTH_CERTIFICATE";
        } else {
            double d = random.nextDouble();
            docType = d < 0.82 ? "ARMENIAN_PASSPORT" : d < 0.95 ? "ARTSAKH_PASSPORT" : "RUSSIAN_PASSPORT";
        }
        String phone = age >= 16 && age < 70 && random.nextDouble() < 0.25 ? pick(MOBILE_PREFIXES) + digits(6) : null;
        Name given = female ? pick(names.female()) : pick(names.male());
        Name fatherName = father != null && !father.female() ? father.given() : pick(names.male());
        return new Member(given, female, birth, relationship, fatherName, needs, docType, digits(7), phone);
    }

    // --- how clerks type things -----------------------------------------------------------

    private String birthText(LocalDate birth, boolean again, Random r) {
        int age = ARRIVAL.getYear() - birth.getYear();
        double p = r.nextDouble();
        if (p < (age >= 70 ? 0.35 : 0.05)) return String.valueOf(birth.getYear());
        if (p < (age >= 70 ? 0.40 : 0.08)) return String.format("%04d-%02d", birth.getYear(), birth.getMonthValue());
        if (again && birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()
                && LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue()).isBefore(FIRST_DAY)
                && r.nextDouble() < 0.3) {
            // Day and month swapped, as happens when a date is read from another country's form.
            return String.format("%04d-%02d-%02d", birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
        }
        return birth.toString();
    }

    private String documentNumber(Member m, Script script, Random r) {
        String digits = m.documentDigits();
        return switch (m.documentType()) {
            case "BIRTH_CERTIFICATE" -> switch (script) {
                case ARMENIAN -> "II-ԱՀ " + digits.substring(1);
                case CYRILLIC -> "II-АГ " + digits.substring(1);
                case LATIN -> "II-AH " + digits.substring(1);
            };
            case "RUSSIAN_PASSPORT" -> "45 0" + digits.charAt(0) + " " + digits.substring(1);
            default -> {
                String series = m.documentType().equals("ARTSAKH_PASSPORT") ? "AT" : "AM";
                // Russian-speaking clerks often type the series in Cyrillic look-alikes.
                if (script == Script.CYRILLIC && r.nextDouble() < 0.5) series = series.replace('A', 'А').replace('M', 'М').replace('T', 'Т');
                yield series + digits;
            }
        };
    }

    private static String phone(String digits, Random r) {
        String op = digits.substring(0, 2);
        String rest = digits.substring(2);
        return switch (r.nextInt(5)) {
            case 0 -> "0" + digits;
            case 1 -> "+374 " + op + " " + rest.substring(0, 3) + " " + rest.substring(3);
            case 2 -> "00374" + digits;
            case 3 -> "374-" + op + "-" + rest.substring(0, 2) + "-" + rest.substring(2, 4) + "-" + rest.substring(4);
            default -> "0" + op + " " + rest.substring(0, 2) + " " + rest.substring(2, 4) + " " + rest.substring(4);
        };
    }

    private Script script() {
        double p = random.nextDouble();
        return p < 0.55 ? Script.ARMENIAN : p < 0.85 ? Script.CYRILLIC : Script.LATIN;
    }

    private static java.util.Locale locale(Script script) {
        return switch (script) {
            case ARMENIAN -> java.util.Locale.forLanguageTag("hy");
            case CYRILLIC -> java.util.Locale.forLanguageTag("ru");
            case LATIN -> java.util.Locale.ENGLISH;
        };
    }

    // --- when and where ---------------------------------------------------------------------

    private Instant registrationTime() {
        LocalDate day = FIRST_DAY.plusDays(weighted(DAY_WEIGHTS));
        // Desks worked from 07:00 to 23:00 Yerevan time (UTC+4).
        int secondOfDay = (3 + random.nextInt(16)) * 3600 + random.nextInt(3600);
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(secondOfDay);
    }

    /** The reception points in use on a day: Kornidzor and Goris first, then Vayk and online. */
    enum Point {
        KORNIDZOR("Kornidzor humanitarian centre", "kornidzor"),
        GORIS("Goris humanitarian centre", "goris"),
        VAYK("Vayk reception centre", "vayk"),
        ONLINE("Yerevan online", "online");

        final String label;
        final String clerkPrefix;

        Point(String label, String clerkPrefix) {
            this.label = label;
            this.clerkPrefix = clerkPrefix;
        }
    }

    private Point point(Instant at) {
        int day = (int) (at.getEpochSecond() / 86400 - FIRST_DAY.toEpochDay());
        double p = random.nextDouble();
        if (day <= 2) return p < 0.6 ? Point.KORNIDZOR : p < 0.95 ? Point.GORIS : Point.ONLINE;
        if (day <= 5) return p < 0.3 ? Point.KORNIDZOR : p < 0.7 ? Point.GORIS : p < 0.9 ? Point.VAYK : Point.ONLINE;
        return p < 0.3 ? Point.GORIS : p < 0.7 ? Point.VAYK : Point.ONLINE;
    }

    // --- randomness -----------------------------------------------------------------------

    private int age(int from, int toExclusive) {
        return from + random.nextInt(Math.max(1, toExclusive - from));
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append((char) ('0' + random.nextInt(10)));
        return sb.toString();
    }
}
