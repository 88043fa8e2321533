package am.haven.shelter.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each hard constraint, proved on the optimizer and on the greedy baseline. */
class HardRulesTest {

    static HouseholdDemand household(String id, int size) {
        return new HouseholdDemand(id, size, false, false, false, null, null, 39.51, 46.34);
    }

    static SiteOffer site(String id, int capacity) {
        return new SiteOffer(id, "SYUNIK", capacity, 0, false, SiteRule.NONE, 39.52, 46.35, Set.of());
    }

    static List<AllocationResult> solveBoth(List<HouseholdDemand> hs, List<SiteOffer> ss) {
        AllocationProblem p = new AllocationProblem(hs, ss, Weights.DEFAULT);
        return List.of(new Allocator().solve(p, Duration.ofSeconds(2)), new GreedyFirstFitDecreasing().solve(p));
    }

    static String siteOf(AllocationResult r, String household) {
        return r.placements().stream().filter(p -> p.householdId().equals(household)).map(ProposedPlacement::siteId)
                .findFirst().orElse(null);
    }

    @Test
    void never_puts_more_people_at_a_site_than_it_has_beds() {
        List<HouseholdDemand> hs = new ArrayList<>();
        for (int i = 0; i < 12; i++) hs.add(household("h" + i, 1 + i % 4));
        List<SiteOffer> ss = List.of(site("a", 7), site("b", 5), site("c", 3));
        for (AllocationResult r : solveBoth(hs, ss)) {
            for (SiteOffer s : ss) {
                int used = r.placements().stream().filter(p -> p.siteId().equals(s.id())).mapToInt(ProposedPlacement::persons).sum();
                assertThat(used).as(r.method() + " at " + s.id()).isLessThanOrEqualTo(s.capacity());
            }
            assertThat(r.hardViolations()).isZero();
            assertThat(r.placements().size() + r.unplaced().size()).isEqualTo(12);
        }
    }

    @Test
    void never_splits_a_household_even_when_only_split_beds_remain() {
        // Five people, two sites of three beds: six free beds but no site can take the whole household.
        List<HouseholdDemand> hs = List.of(household("big", 5));
        for (AllocationResult r : solveBoth(hs, List.of(site("a", 3), site("b", 3)))) {
            assertThat(r.placements()).as(r.method()).isEmpty();
            assertThat(r.unplaced()).containsExactly("big");
        }
    }

    @Test
    void sends_a_household_with_a_mobility_need_only_to_an_accessible_site() {
        HouseholdDemand wheelchair = new HouseholdDemand("w", 2, true, false, false, null, null, 39.51, 46.34);
        SiteOffer near = site("near", 10);
        SiteOffer far = new SiteOffer("far", "YEREVAN", 10, 0, true, SiteRule.NONE, 40.18, 44.50, Set.of());
        for (AllocationResult r : solveBoth(List.of(wheelchair), List.of(near, far))) {
            assertThat(siteOf(r, "w")).as(r.method()).isEqualTo("far");
        }
        for (AllocationResult r : solveBoth(List.of(wheelchair), List.of(near))) {
            assertThat(r.unplaced()).as(r.method()).containsExactly("w");
        }
    }

    @Test
    void keeps_single_people_out_of_a_families_only_site() {
        SiteOffer families = new SiteOffer("fam", "SYUNIK", 10, 0, false, SiteRule.FAMILIES_ONLY, 39.52, 46.35, Set.of());
        for (AllocationResult r : solveBoth(List.of(household("single", 1), household("family", 3)), List.of(families))) {
            assertThat(r.unplaced()).as(r.method()).containsExactly("single");
            assertThat(siteOf(r, "family")).isEqualTo("fam");
        }
    }

    @Test
    void keeps_households_with_an_adult_man_out_of_a_women_and_children_site() {
        SiteOffer wc = new SiteOffer("wc", "SYUNIK", 10, 0, false, SiteRule.WOMEN_AND_CHILDREN_ONLY, 39.52, 46.35, Set.of());
        HouseholdDemand mother = new HouseholdDemand("mother", 3, false, true, false, null, null, 39.51, 46.34);
        HouseholdDemand withFather = new HouseholdDemand("father", 3, false, false, false, null, null, 39.51, 46.34);
        for (AllocationResult r : solveBoth(List.of(mother, withFather), List.of(wc))) {
            assertThat(siteOf(r, "mother")).as(r.method()).isEqualTo("wc");
            assertThat(r.unplaced()).containsExactly("father");
        }
    }

    @Test
    void counts_beds_already_taken_by_households_that_stay() {
        SiteOffer half = new SiteOffer("half", "SYUNIK", 6, 4, false, SiteRule.NONE, 39.52, 46.35, Set.of("Stepanakert"));
        for (AllocationResult r : solveBoth(List.of(household("three", 3), household("two", 2)), List.of(half))) {
            assertThat(siteOf(r, "two")).as(r.method()).isEqualTo("half");
            assertThat(r.unplaced()).containsExactly("three");
        }
    }
}
