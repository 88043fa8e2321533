package am.haven.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import am.haven.testing.Api;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SQLite on a small volume of its own (a tmpfs the test mounts; skipped where it cannot) that the
 * test then fills: what a clerk and an operator see when the disk runs out, and that it heals.
 */
class DiskFullIT {

    private Path volume;
    private boolean mounted;

    @BeforeEach
    void mount() throws Exception {
        volume = Files.createTempDirectory("haven-small-volume");
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", volume.toString())
                .redirectErrorStream(true).start();
        mounted = p.waitFor() == 0;
        assumeTrue(mounted, "cannot mount a tmpfs here (needs root): " + new String(p.getInputStream().readAllBytes()));
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) new ProcessBuilder("umount", "-l", volume.toString()).start().waitFor();
    }

    @Test
    void a_full_disk_answers_503_naming_the_disk_takes_readiness_down_leaves_no_partial_household_and_heals() throws Exception {
        Path data = volume.resolve("data");
        int port = HavenProcess.freePort();
        Map<String, String> env = Map.of("HAVEN_STORAGE_MIN_FREE", "1MB");
        try (HavenProcess haven = HavenProcess.serve(data, port, env)) {
            Api api = new Api(port, HavenProcess.token(data, env));
            assertThat(api.post("/api/v1/households", AcknowledgedRegistrationsIT.household(1)).status()).isEqualTo(201);

            Path filler = volume.resolve("filler");
            long free = Files.getFileStore(volume).getUsableSpace();
            fill(filler, free - 160 * 1024);
            assertThat(api.get("/actuator/health/readiness").status()).as("readiness with 160 KB left").isEqualTo(503);

            List<String> acknowledged = new ArrayList<>();
            Api.Response refused = null;
            for (int i = 2; i < 2000 && refused == null; i++) {
                Api.Response r = api.post("/api/v1/households", AcknowledgedRegistrationsIT.household(i));
                if (r.status() == 201) acknowledged.add(r.body().get("id").asString());
                else refused = r;
            }
            assertThat(refused).as("a registration refused once the disk is full (%d acknowledged, %d bytes free, volume %s)",
                    acknowledged.size(), Files.getFileStore(volume).getUsableSpace(), Files.getFileStore(volume)).isNotNull();
            assertThat(refused.status()).as(refused.text()).isEqualTo(503);
            assertThat(refused.header("Retry-After")).isNotNull();
            JsonNode problem = refused.body();
            assertThat(problem.get("type").asString()).isEqualTo("urn:haven:problem:disk-full");
            assertThat(problem.get("title").asString()).containsIgnoringCase("disk");
            assertThat(haven.output()).contains("503 disk-full");

            Files.delete(filler);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (api.get("/actuator/health/readiness").status() != 200 && System.nanoTime() < deadline) Thread.sleep(200);
            assertThat(api.get("/actuator/health/readiness").status()).as("readiness once space is freed").isEqualTo(200);

            // Nothing half-written: every acknowledged household is whole, the refused one absent. (Read
            // after freeing space: every read of personal data writes its audit entry, so on a full
            // disk reads are refused too.)
            JsonNode all = api.get("/api/v1/households?size=100").body();
            assertThat(all.get("total").asLong()).isEqualTo(1 + acknowledged.size());
            for (String id : acknowledged) {
                assertThat(api.get("/api/v1/households/" + id).body().get("members")).hasSize(2);
            }
            assertThat(api.post("/api/v1/households", AcknowledgedRegistrationsIT.household(9999)).status()).isEqualTo(201);
        }
    }

    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= block.length) out.write(block, 0, (int) Math.min(block.length, left));
        }
    }
}
