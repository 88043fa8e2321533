package am.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.testing.Api;
import am.haven.testing.SqliteApp;
import am.haven.testing.TestUsers;
import am.haven.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@SqliteApp
class ApiDocsSqliteTest {

    @LocalServerPort int port;
    @Autowired UserService users;

    @Test
    void the_api_map_is_for_staff_only_and_declares_its_bearer_tokens() {
        assertThat(new Api(port, null).get("/api/docs").status()).as("anonymous").isIn(302, 401);

        var docs = new Api(port, users.createToken("admin", "test")).get("/api/docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().at("/components/securitySchemes/bearerToken/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.body().at("/security/0").has("bearerToken")).isTrue();

        WebSession signedIn = new WebSession(port).signIn("admin", TestUsers.ADMIN_PASSWORD);
        assertThat(signedIn.get("/api/docs/ui").status()).as("the UI with a session").isIn(200, 302);
        assertThat(signedIn.get("/api/docs").status()).as("the document with a session").isEqualTo(200);
    }
}
