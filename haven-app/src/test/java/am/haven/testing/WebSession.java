package am.haven.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without a browser, for page tests: real HTTP with a cookie jar, the CSRF token taken
 * from the last page like a browser form would, and the HTML parsed with jsoup. Redirects are
 * not followed, so tests can see them.
 */
public final class WebSession {

    private final String base;
    private final HttpClient http;
    private String csrf;
    private final String forwardedFor;

    public WebSession(int port) {
        this(port, null);
    }

    private WebSession(int port, String forwardedFor) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.forwardedFor = forwardedFor;
    }

    /** A session from another client address, as a proxy on this machine reports it ({@code X-Forwarded-For}). */
    public static WebSession from(int port, String address) {
        return new WebSession(port, address);
    }

    /** A page as the server answered it. */
    public record Page(int status, String location, Document html, String body) {
        public String redirectPath() {
            return location == null ? null : URI.create(location).getPath();
        }
    }

    public WebSession signIn(String username, String password) {
        get("/login");
        Page p = post("/login", List.of(Map.entry("username", username), Map.entry("password", password)));
        if (p.status() != 302 || p.location().contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + p.status() + " " + p.location());
        }
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts form fields (repeated names allowed) with the CSRF token of the last page fetched. */
    public Page post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (csrf != null) all.add(Map.entry("_csrf", csrf));
        String body = all.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder b) {
        // Like a browser: asking for HTML is what selects the HTML error pages.
        b.header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        if (forwardedFor != null) b.header("X-Forwarded-For", forwardedFor);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Document doc = Jsoup.parse(r.body(), base);
            var token = doc.selectFirst("input[name=_csrf]");
            if (token != null) csrf = token.val();
            return new Page(r.statusCode(), r.headers().firstValue("Location").orElse(null), doc, r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
