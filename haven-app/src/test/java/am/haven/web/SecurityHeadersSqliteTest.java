package am.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.testing.SqliteApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The headers every page carries against framing, plugins and injected base URLs, and HSTS behind TLS. */
@SqliteApp
class SecurityHeadersSqliteTest {

    @LocalServerPort int port;

    private HttpResponse<String> login(String forwardedProto) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (forwardedProto != null) b.header("X-Forwarded-Proto", forwardedProto);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_forbid_plugins_foreign_base_urls_and_framing() throws Exception {
        String csp = login(null).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'");
    }

    @Test
    void behind_a_tls_proxy_pages_ask_browsers_to_keep_to_https() throws Exception {
        assertThat(login("https").headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
        assertThat(login(null).headers().firstValue("Strict-Transport-Security")).as("plain HTTP on the machine itself").isEmpty();
    }
}
