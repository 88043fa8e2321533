package am.haven.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import am.haven.match.normalize.PartialDate;
import am.haven.registration.BulkRegistration;
import am.haven.registration.MemberRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo population looks like the arrivals of 2023 and is accepted by the desk's validation. */
class DemoPopulationTest {

    static List<DemoPopulation.Arrival> arrivals;
    static List<MemberRequest> persons;

    @BeforeAll
    static void generate() {
        arrivals = new DemoPopulation(2023, DemoNames.load()).generate(3000);
        persons = arrivals.stream().filter(a -> !a.returning())
                .flatMap(a -> a.registration().request().members().stream()).toList();
    }

    static double share(Predicate<MemberRequest> p) {
        return persons.stream().filter(p).count() / (double) persons.size();
    }

    static int age(MemberRequest m) {
        return PartialDate.parseIso(m.birthDate()).ageOn(DemoPopulation.ARRIVAL);
    }

    @Test
    void every_household_passes_the_validation_of_the_day_it_was_registered() {
        for (DemoPopulation.Arrival a : arrivals) BulkRegistration.check(a.registration().request(), a.registration().registeredAt());
    }

    @Test
    void any_seed_gives_households_that_pass_the_validation_of_their_day() {
        for (long seed = 1; seed <= 30; seed++) {
            for (DemoPopulation.Arrival a : new DemoPopulation(seed, DemoNames.load()).generate(400)) {
                BulkRegistration.check(a.registration().request(), a.registration().registeredAt());
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_population() {
        var again = new DemoPopulation(2023, DemoNames.load()).generate(3000);
        assertThat(again).hasSameSizeAs(arrivals);
        assertThat(again.get(1234).registration()).isEqualTo(arrivals.get(1234).registration());
    }

    @Test
    void sex_and_age_match_the_figures_of_2023() {
        assertThat(share(m -> m.sex().equals("F"))).isCloseTo(0.52, within(0.03));
        assertThat(share(m -> age(m) < 18)).isCloseTo(0.31, within(0.03));
        assertThat(share(m -> age(m) >= 65)).isCloseTo(0.18, within(0.03));
        assertThat(share(m -> m.needs().contains("DISABILITY") || m.needs().contains("MOBILITY"))).isCloseTo(0.02, within(0.01));
        assertThat(persons.stream().filter(m -> m.needs().contains("PREGNANT_LACTATING"))).isNotEmpty();
        assertThat(persons.stream().filter(m -> m.needs().contains("MOBILITY"))).isNotEmpty();
    }

    @Test
    void households_have_one_to_eight_members_and_one_head() {
        for (DemoPopulation.Arrival a : arrivals) {
            List<MemberRequest> members = a.registration().request().members();
            assertThat(members.size()).isBetween(1, 8);
            assertThat(members.stream().filter(m -> "HEAD".equals(m.relationship()))).hasSize(1);
        }
    }

    @Test
    void registrations_run_from_25_september_to_5_october_with_the_peak_on_27_and_28_september() {
        Map<LocalDate, Long> perDay = arrivals.stream().collect(Collectors.groupingBy(
                a -> LocalDate.ofInstant(a.registration().registeredAt(), ZoneOffset.UTC), Collectors.counting()));
        assertThat(perDay.keySet()).allMatch(d -> !d.isBefore(LocalDate.of(2023, 9, 25)) && !d.isAfter(LocalDate.of(2023, 10, 5)));
        LocalDate busiest = perDay.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(busiest).isBetween(LocalDate.of(2023, 9, 27), LocalDate.of(2023, 9, 28));
        assertThat(arrivals).isSortedAccordingTo((a, b) -> a.registration().registeredAt().compareTo(b.registration().registeredAt()));
        assertThat(arrivals.stream().map(a -> a.registration().request().registrationPoint()).distinct())
                .contains("Kornidzor humanitarian centre", "Goris humanitarian centre", "Vayk reception centre", "Yerevan online");
    }

    @Test
    void names_come_in_all_three_scripts_and_some_households_return_in_another_script() {
        Map<Character.UnicodeScript, Long> scripts = persons.stream().collect(Collectors.groupingBy(
                m -> Character.UnicodeScript.of(m.familyName().codePointAt(0)), Collectors.counting()));
        assertThat(scripts).containsKeys(Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.LATIN);
        long returning = arrivals.stream().filter(DemoPopulation.Arrival::returning).count();
        assertThat(returning).isBetween(60L, 180L);
        Instant last = LocalDate.of(2023, 10, 6).atStartOfDay().toInstant(ZoneOffset.UTC);
        assertThat(arrivals).allMatch(a -> a.registration().registeredAt().isBefore(last));
    }

    @Test
    void prints_the_shape_of_the_population() {
        System.out.printf("households=%d persons=%d female=%.3f under18=%.3f over65=%.3f disability=%.3f pregnant=%d mobility=%d%n",
                arrivals.size(), persons.size(), share(m -> m.sex().equals("F")), share(m -> age(m) < 18),
                share(m -> age(m) >= 65), share(m -> m.needs().contains("DISABILITY") || m.needs().contains("MOBILITY")),
                persons.stream().filter(m -> m.needs().contains("PREGNANT_LACTATING")).count(),
                persons.stream().filter(m -> m.needs().contains("MOBILITY")).count());
    }
}
