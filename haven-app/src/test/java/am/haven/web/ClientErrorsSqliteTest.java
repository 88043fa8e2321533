package am.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.SqliteApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A client's malformed request gets problem details and costs the log one line, not a stack trace. */
@SqliteApp
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorsSqliteTest {

    @LocalServerPort int port;
    @Autowired UserService users;

    @Test
    void a_query_string_that_is_not_utf8_gets_problem_details_naming_it_and_one_log_line(CapturedOutput output) {
        Api admin = new Api(port, users.createToken("admin", "test"));

        var r = admin.get("/api/v1/persons/search?q=%ff%fe");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).contains("application/problem+json");
        assertThat(r.body().get("errors").get(0).get("field").asString()).isEqualTo("query");
        assertThat(output.getOut()).contains("400 undecodable query string").doesNotContain("InvalidParameterException: ")
                .doesNotContain("Servlet.service()");
    }

    @Test
    void an_error_the_container_answers_itself_is_problem_details_on_the_api() {
        Api admin = new Api(port, users.createToken("admin", "test"));

        var r = admin.send("GET", "/error", null, java.util.Map.of());

        assertThat(r.header("Content-Type")).contains("application/problem+json");
        assertThat(r.body().get("status").asInt()).isEqualTo(r.status());
    }

    @Test
    void a_malformed_id_and_an_unknown_page_get_the_error_page_in_the_readers_language() {
        am.haven.testing.WebSession web = new am.haven.testing.WebSession(port).signIn("admin", am.haven.testing.TestUsers.ADMIN_PASSWORD);

        var household = web.get("/households/not-a-uuid?lang=hy");
        assertThat(household.status()).isEqualTo(404);
        assertThat(household.html().select("h1").text()).isEqualTo("Այս էջը կամ գրառումը գոյություն չունի։");

        var unknown = web.get("/no-such-page");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.html().select("h1").text()).isEqualTo("Այս էջը կամ գրառումը գոյություն չունի։");
    }
}
