package am.haven.dedup;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Not ready until the person index is built: a match before then would miss everyone not loaded yet. */
@Component("matchingIndexHealthIndicator") // health component "matchingIndex"
class MatchingIndexHealth implements HealthIndicator {

    private final PersonIndex index;

    MatchingIndexHealth(PersonIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        return index.isReady() ? Health.up().build() : Health.outOfService().withDetail("loading", true).build();
    }
}
