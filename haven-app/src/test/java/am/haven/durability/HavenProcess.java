package am.haven.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The packaged Haven jar run as a separate process, so tests can restart it or kill it with SIGKILL. */
final class HavenProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "haven-app.jar");

    private final Process process;
    final int port;
    final Path log;

    private HavenProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** SIGTERM, as an operator's stop or an orchestrator sends; returns how long the process took to end. */
    Duration terminate(Duration atMost) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    static HavenProcess serve(Path data, int port) throws IOException, InterruptedException {
        return serve(data, port, Map.of());
    }

    /** Serves with {@code env} added to the environment (HAVEN_DB_URL for PostgreSQL, HAVEN_* settings). */
    static HavenProcess serve(Path data, int port, Map<String, String> env) throws IOException, InterruptedException {
        Path log = Files.createTempFile("haven-it", ".log");
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx512m", "-jar", JAR.toString(), "serve", "--port",
                String.valueOf(port), "--data", data.toString());
        pb.environment().put("HAVEN_ADMIN_PASSWORD", "durability-admin-pw");
        pb.environment().remove("HAVEN_DB_URL");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        HavenProcess p = new HavenProcess(pb.start(), port, log);
        p.awaitHealthy(log);
        return p;
    }

    static String token(Path data) throws IOException, InterruptedException {
        return token(data, Map.of());
    }

    static String token(Path data, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(java(), "-jar", JAR.toString(), "token", "create", "--user", "admin",
                "--data", data.toString());
        pb.environment().remove("HAVEN_DB_URL");
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("token create failed: " + out);
        List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1).trim();
    }

    private void awaitHealthy(Path log) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("Haven exited:\n" + Files.readString(log));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Haven did not become healthy:\n" + Files.readString(log));
    }

    /** SIGKILL: no shutdown hooks, no flushing — what a power cut looks like to the process. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
