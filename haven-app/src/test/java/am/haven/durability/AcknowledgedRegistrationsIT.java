package am.haven.durability;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.testing.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the desk is told was saved stays saved: across a restart and across a kill -9. */
class AcknowledgedRegistrationsIT {

    static Map<String, Object> household(int i) {
        return Map.of("registrationPoint", "Kornidzor", "phone", "+374 91 00 " + String.format("%04d", i % 10000),
                "members", List.of(
                        Map.of("givenName", "Արամ", "familyName", "Հովհաննիսյան", "sex", "M", "birthDate", "1961", "relationship", "HEAD"),
                        Map.of("givenName", "Նունե", "familyName", "Հովհաննիսյան", "sex", "F", "birthDate", "1964-02", "relationship", "SPOUSE")));
    }

    @Test
    void a_household_in_armenian_script_survives_a_restart_with_its_latin_forms() throws Exception {
        Path data = Files.createTempDirectory("haven-restart");
        int port = HavenProcess.freePort();
        String id;
        String token;
        try (HavenProcess haven = HavenProcess.serve(data, port)) {
            token = HavenProcess.token(data);
            Api api = new Api(port, token);
            var created = api.post("/api/v1/households", household(1));
            assertThat(created.status()).isEqualTo(201);
            id = created.body().get("id").asString();
        }
        try (HavenProcess haven = HavenProcess.serve(data, port)) {
            Api api = new Api(port, token);
            JsonNode read = api.get("/api/v1/households/" + id).body();
            JsonNode head = read.get("members").get(0);
            assertThat(head.get("familyName").asString()).isEqualTo("Հովհաննիսյան");
            assertThat(head.get("familyNameLatin").asString()).isEqualTo("Hovhannisyan");
            assertThat(head.get("givenNameLatin").asString()).isEqualTo("Aram");
            assertThat(read.get("members").get(1).get("givenNameLatin").asString()).isEqualTo("Nune");
        }
    }

    @Test
    void a_kill_9_during_a_stream_of_registrations_loses_no_acknowledged_household() throws Exception {
        Path data = Files.createTempDirectory("haven-kill");
        int port = HavenProcess.freePort();
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        HavenProcess haven = HavenProcess.serve(data, port);
        String token = HavenProcess.token(data);
        Api api = new Api(port, token);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int c = 0; c < 6; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        var r = api.post("/api/v1/households", household(sent.incrementAndGet()));
                        if (r.status() == 201) acknowledged.put(r.body().get("id").asString(), true);
                    } catch (RuntimeException connectionLost) {
                        // the server died mid-request: this one was never acknowledged
                    }
                }
            });
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (acknowledged.size() < 100 && System.nanoTime() < until) Thread.sleep(50);
        haven.killHard();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(20);

        try (HavenProcess restarted = HavenProcess.serve(data, port)) {
            Api again = new Api(port, token);
            for (String id : acknowledged.keySet()) {
                var r = again.get("/api/v1/households/" + id);
                assertThat(r.status()).as("acknowledged household %s after kill -9", id).isEqualTo(200);
                assertThat(r.body().get("members")).hasSize(2);
            }
        }
    }
}
