package am.haven.shelter;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.support.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoSitesTest {

    @Test
    void makes_valid_sites_in_every_region_with_the_beds_asked_for() {
        List<SiteRequest> sites = DemoSites.requests(12_000, 2023);
        List<FieldProblem> problems = new ArrayList<>();
        sites.forEach(s -> SiteValidator.validate(s, "", problems));
        assertThat(problems).isEmpty();
        assertThat(sites.stream().mapToInt(SiteRequest::capacity).sum()).isBetween(12_000, 12_200);
        assertThat(sites.stream().map(SiteRequest::region).distinct()).hasSize(Region.values().length);
    }
}
