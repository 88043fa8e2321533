package am.haven.durability;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.testing.PostgresDatabase;
import am.haven.testing.TcpProxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Haven on PostgreSQL behind a proxy the test can cut or stall: what a clerk and a load balancer see
 * when the database goes away, hangs, and comes back.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.ENV, matches = ".+")
class DatabaseOutageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TcpProxy proxy;
    private HavenProcess haven;
    private String token;

    @BeforeEach
    void start() throws Exception {
        URI pg = URI.create(System.getenv(PostgresDatabase.ENV).substring("jdbc:".length()));
        proxy = new TcpProxy(pg.getHost(), pg.getPort() < 0 ? 5432 : pg.getPort());
        String schema = PostgresDatabase.freshSchema(System.getenv(PostgresDatabase.ENV));
        Map<String, String> env = Map.of(
                "HAVEN_DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + pg.getPath() + "?currentSchema=" + schema,
                "HAVEN_DB_USER", System.getenv().getOrDefault("HAVEN_TEST_PG_USER", "postgres"),
                "HAVEN_DB_PASSWORD", System.getenv().getOrDefault("HAVEN_TEST_PG_PASSWORD", ""),
                "SERVER_TOMCAT_ACCESSLOG_ENABLED", System.getenv().getOrDefault("HAVEN_IT_ACCESS_LOG", "false"),
                "SERVER_TOMCAT_ACCESSLOG_DIRECTORY", "/tmp/haven-access",
                "SERVER_TOMCAT_ACCESSLOG_PATTERN", "%t %r %s %b %D ms",
                "LOGGING_LEVEL_ORG_SPRINGFRAMEWORK_WEB", System.getenv().getOrDefault("HAVEN_IT_WEB_LOG", "INFO"));
        Path data = Files.createTempDirectory("haven-outage");
        haven = HavenProcess.serve(data, HavenProcess.freePort(), env);
        token = HavenProcess.token(data, env);
    }

    @AfterEach
    void stop() throws Exception {
        if (haven != null) haven.terminate(Duration.ofSeconds(20));
        if (proxy != null) proxy.close();
    }

    @Test
    void with_the_database_gone_every_call_answers_503_quickly_readiness_goes_down_and_both_heal_without_a_restart() throws Exception {
        assertThat(register(1).statusCode()).isEqualTo(201);
        String id = JSON.readTree(register(2).body()).get("id").asString();

        proxy.cut();
        long cutAt = System.nanoTime();
        assertThat(awaitReadiness(503, Duration.ofSeconds(5), cutAt)).as("readiness DOWN within 5 s of the cut").isTrue();
        List<HttpRequest> calls = List.of(
                post("/api/v1/households", household(3)),
                get("/api/v1/households/" + id),
                get("/api/v1/households?q=Hovhannisyan"),
                get("/api/v1/persons/search?q=Aram%20Hovhannisyan"),
                post("/api/v1/households", household(4)));
        for (HttpRequest call : calls) {
            long start = System.nanoTime();
            HttpResponse<String> r = HTTP.send(call, HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(r.statusCode()).as("%s %s: %s %s", call.method(), call.uri(), r.headers().map(), r.body()).isEqualTo(503);
            assertThat(took).as("%s %s answered in", call.method(), call.uri()).isLessThan(Duration.ofSeconds(6));
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.get("type").asString()).isEqualTo("urn:haven:problem:database-unavailable");
            assertThat(problem.get("status").asInt()).isEqualTo(503);
            assertThat(problem.get("title").asString()).isNotBlank();
        }
        assertThat(HTTP.send(get("/actuator/health/liveness"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("liveness stays up: a restart would not bring the database back").isEqualTo(200);

        proxy.pass();
        long backAt = System.nanoTime();
        assertThat(awaitReadiness(200, Duration.ofSeconds(10), backAt)).as("readiness UP within 10 s of the return").isTrue();
        HttpResponse<String> after = register(5);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        assertThat(haven.output()).contains("database circuit OPEN");
    }

    @Test
    void a_database_that_stops_answering_costs_seconds_not_a_hang_and_registration_recovers_when_it_answers_again() throws Exception {
        assertThat(register(1).statusCode()).isEqualTo(201);
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        AtomicLong slowest = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger(100);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = register(sent.incrementAndGet());
                        if (r.statusCode() == 201) acknowledged.put(JSON.readTree(r.body()).get("id").asString(), true);
                        else if (r.statusCode() != 503) throw new AssertionError("unexpected " + r.statusCode() + ": " + r.body());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                }
                return null;
            });
        }
        Thread.sleep(1500); // registrations in flight when the database stops answering
        proxy.stall();
        Thread.sleep(8000);
        assertThat(HTTP.send(get("/actuator/health/readiness"), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("readiness while every byte to the database is held").isEqualTo(503);
        proxy.pass();
        long backAt = System.nanoTime();
        assertThat(awaitReadiness(200, Duration.ofSeconds(40), backAt)).isTrue();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(Duration.ofNanos(slowest.get())).as("slowest registration answer").isLessThan(Duration.ofSeconds(8));
        HttpResponse<String> after = register(9999);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        for (String id : acknowledged.keySet()) {
            assertThat(HTTP.send(get("/api/v1/households/" + id), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("acknowledged household %s", id).isEqualTo(200);
        }
    }

    @Test
    void shutdown_with_the_database_down_ends_within_15_seconds() throws Exception {
        assertThat(register(1).statusCode()).isEqualTo(201);
        proxy.cut();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            pending.add(clients.submit(() -> HTTP.send(post("/api/v1/households", household(10 + n)), HttpResponse.BodyHandlers.ofString())));
        }
        Thread.sleep(300);
        Duration took = haven.terminate(Duration.ofSeconds(30));
        haven = null;
        clients.shutdownNow();
        assertThat(took).isLessThan(Duration.ofSeconds(15));
    }

    /** Whether readiness answered {@code status} before {@code within} had passed since {@code since}. */
    private boolean awaitReadiness(int status, Duration within, long since) throws Exception {
        long deadline = since + within.toNanos();
        do {
            HttpResponse<String> r = HTTP.send(get("/actuator/health/readiness"), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == status) return System.nanoTime() <= deadline;
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return false;
    }

    private HttpResponse<String> register(int n) throws Exception {
        return HTTP.send(post("/api/v1/households", household(n)), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, Object body) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
    }

    private HttpRequest.Builder request(String path) {
        // A generous client timeout: the assertions, not the client, say how long is too long.
        return HttpRequest.newBuilder(URI.create("http://localhost:" + haven.port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
    }

    private static Map<String, Object> household(int i) {
        return AcknowledgedRegistrationsIT.household(i);
    }
}
