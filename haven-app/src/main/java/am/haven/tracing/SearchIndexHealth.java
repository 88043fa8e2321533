package am.haven.tracing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Not ready until the search index holds everyone registered at start-up (searches until then answer 503). */
@Component("searchIndexHealthIndicator") // health component "searchIndex"
class SearchIndexHealth implements HealthIndicator {

    private final TracingWorker worker;

    SearchIndexHealth(TracingWorker worker) {
        this.worker = worker;
    }

    @Override
    public Health health() {
        return worker.loaded() ? Health.up().build() : Health.outOfService().withDetail("loading", true).build();
    }
}
