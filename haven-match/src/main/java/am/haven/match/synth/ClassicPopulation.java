package am.haven.match.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The first generator ({@code --profile classic}): households sharing a surname, a phone and a
 * settlement; sons often named after their grandfather; twins and namesakes; about a quarter of
 * people registered more than once, each registration on its own. Its surnames follow a mild Zipf
 * skew (the ten commonest carry about 15 % of people), so it is kinder than a real register.
 */
final class ClassicPopulation {
    private final SplittableRandom random;
    private final Draws draws;
    private final Renderer renderer;
    private final String[][] surnames;
    private final double[] surnameCdf;

    ClassicPopulation(SplittableRandom random) {
        this.random = random;
        this.draws = new Draws(random);
        this.renderer = new Renderer(random);
        this.surnames = PopulationGenerator.allSurnames();
        this.surnameCdf = Draws.zipf(surnames.length, 0.9);
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
                for (int c = 0; c < copies && rows.size() < n; c++) rows.add(renderer.render(p, c == 0));
                if (rows.size() >= n) break;
            }
        }
        return rows;
    }

    private int extraRegistrations() {
        double x = random.nextDouble();
        return x < 0.72 ? 0 : x < 0.92 ? 1 : x < 0.98 ? 2 : 3;
    }

    private List<Person> household(List<Person> recent) {
        List<Person> members = new ArrayList<>();
        String[] surname = surnames[draws.draw(surnameCdf)];
        int place = draws.weightedPlace();
        String phone = draws.phone();
        String[] grandfather = draws.pick(ArmenianNames.MALE);
        int headYear = 1950 + random.nextInt(50);
        Person head = draws.person(surname, true, grandfather, headYear, place, phone);
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
            Person spouse = draws.person(surname, false, draws.pick(ArmenianNames.MALE), headYear + random.nextInt(7) - 2,
                    place, random.nextDouble() < 0.5 ? phone : draws.phone());
            members.add(spouse);
        }
        if (random.nextDouble() < 0.2 && headYear < 1975) {
            Person elder = draws.person(surname, true, draws.pick(ArmenianNames.MALE), headYear - 22 - random.nextInt(10),
                    place, random.nextDouble() < 0.5 ? phone : null);
            elder.given = grandfather;
            members.add(elder);
        }
        int children = random.nextInt(4);
        Set<String> namesInFamily = new HashSet<>();
        members.forEach(m -> namesInFamily.add(m.given[0]));
        for (int c = 0; c < children; c++) {
            int year = headYear + 20 + random.nextInt(20);
            if (year > 2023) continue;
            boolean male = random.nextBoolean();
            Person child = draws.person(surname, male, head.given, year, place, random.nextDouble() < 0.4 ? phone : null);
            if (male && c == 0 && random.nextDouble() < 0.3) child.given = grandfather; // named after grandfather
            for (int tries = 0; namesInFamily.contains(child.given[0]) && tries < 5; tries++) {
                child.given = draws.pick(male ? ArmenianNames.MALE : ArmenianNames.FEMALE); // no two siblings share a name
            }
            namesInFamily.add(child.given[0]);
            members.add(child);
            if (random.nextDouble() < 0.03) { // twins: everything shared but the given name
                Person twin = draws.person(surname, random.nextBoolean(), head.given, year, place, child.phone);
                twin.month = child.month;
                twin.day = child.day;
                for (int tries = 0; namesInFamily.contains(twin.given[0]) && tries < 5; tries++) {
                    twin.given = draws.pick(twin.male ? ArmenianNames.MALE : ArmenianNames.FEMALE);
                }
                namesInFamily.add(twin.given[0]);
                members.add(twin);
            }
        }
        recent.add(head);
        if (recent.size() > 500) recent.remove(random.nextInt(recent.size()));
        return members;
    }
}
