package am.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class AdminPasswordFailureAnalyzerTest {

    @Test
    void a_too_short_admin_password_stops_start_up_with_what_to_do_instead_of_a_stack_trace() {
        var failure = new IllegalStateException("Failed to execute ApplicationRunner",
                new AdminBootstrap.UnusableAdminPassword("HAVEN_ADMIN_PASSWORD must have at least 10 characters", null));

        FailureAnalysis analysis = new AdminPasswordFailureAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("HAVEN_ADMIN_PASSWORD must have at least 10 characters");
        assertThat(analysis.getAction()).contains("HAVEN_ADMIN_PASSWORD");
    }

    @Test
    void other_failures_are_left_to_spring_boot() {
        assertThat(new AdminPasswordFailureAnalyzer().analyze(new IllegalStateException("port in use"))).isNull();
    }
}
