package am.haven.registration;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Not ready while the registration writer is stuck: its oldest waiting registration older than a few seconds. */
@Component("registrationWriterHealthIndicator") // health component "registrationWriter"
class RegistrationWriterHealth implements HealthIndicator {

    private final RegistrationWriter writer;
    private final Duration stuckAfter;

    RegistrationWriterHealth(RegistrationWriter writer, @Value("${haven.health.writer-stuck-after:5s}") Duration stuckAfter) {
        this.writer = writer;
        this.stuckAfter = stuckAfter;
    }

    @Override
    public Health health() {
        Duration waited = writer.oldestWait();
        Health.Builder h = waited.compareTo(stuckAfter) > 0 ? Health.down() : Health.up();
        return h.withDetail("oldestWaitMillis", waited.toMillis()).build();
    }
}
