package am.haven.backup;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.HavenApplication;
import am.haven.cli.BackupCommand;
import am.haven.security.AuditChain;
import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.SqliteApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A backup taken while Haven runs, restored elsewhere: every household back, the audit chain intact. */
@SqliteApp
@TestPropertySource(properties = "haven.test.database=backup")
class BackupRestoreSqliteTest {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditChain chain;
    @Value("${haven.data-dir}") String dataDir;
    @TempDir Path work;

    @BeforeEach
    void passphrase() {
        System.setProperty("haven.backup.passphrase", "correct horse battery staple");
    }

    @AfterEach
    void forget() {
        System.clearProperty("haven.backup.passphrase");
    }

    private int run(String command, String... args) {
        PrintStream console = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return "backup".equals(command) ? BackupCommand.backup(args) : BackupCommand.restore(args);
        } finally {
            System.setOut(console);
        }
    }

    @Test
    void a_backup_taken_while_haven_runs_restores_every_household_with_an_intact_audit() throws Exception {
        Api admin = new Api(port, users.createToken("admin", "test"));
        for (int i = 0; i < 5; i++) {
            var r = admin.post("/api/v1/households", Map.of("registrationPoint", "Goris humanitarian centre",
                    "members", List.of(Map.of("givenName", "Աննա", "familyName", "Գրիգորյան", "sex", "F", "birthDate", "19" + (40 + i),
                            "relationship", "HEAD"))));
            assertThat(r.status()).isEqualTo(201);
        }
        chain.seal();
        long households = jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
        Path file = work.resolve("haven.backup");

        assertThat(run("backup", "--out", file.toString(), "--data", dataDir)).isZero();
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("Գրիգորյան", "SQLite format");

        Path restored = work.resolve("restored");
        assertThat(run("restore", file.toString(), "--data", restored.toString())).isZero();
        try (ConfigurableApplicationContext there = HavenApplication.startWithoutWeb(restored)) {
            JdbcClient db = there.getBean(JdbcClient.class);
            assertThat(db.sql("SELECT COUNT(*) FROM household").query(Long.class).single()).isEqualTo(households);
            AuditChain.Verdict verdict = there.getBean(AuditChain.class).verify();
            assertThat(verdict.intact()).as(String.valueOf(verdict)).isTrue();
            assertThat(verdict.events()).isPositive();
        }
    }

    @Test
    void a_wrong_passphrase_or_a_changed_byte_is_refused_and_nothing_is_restored() throws Exception {
        Path file = work.resolve("haven.backup");
        assertThat(run("backup", "--out", file.toString(), "--data", dataDir)).isZero();

        System.setProperty("haven.backup.passphrase", "not the passphrase at all");
        Path wrong = work.resolve("wrong");
        assertThat(run("restore", file.toString(), "--data", wrong.toString())).isEqualTo(1);
        assertThat(wrong.resolve("haven.db")).doesNotExist();

        System.setProperty("haven.backup.passphrase", "correct horse battery staple");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Path changed = work.resolve("changed.backup");
        Files.write(changed, bytes);
        Path target = work.resolve("changed");
        assertThat(run("restore", changed.toString(), "--data", target.toString())).isEqualTo(1);
        assertThat(target.resolve("haven.db")).doesNotExist();

        Path cut = work.resolve("cut.backup");
        Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(file), Files.readAllBytes(file).length - 40));
        assertThat(run("restore", cut.toString(), "--data", work.resolve("cut").toString())).isEqualTo(1);
    }

    @Test
    void a_short_passphrase_is_refused_before_anything_is_written() {
        System.setProperty("haven.backup.passphrase", "short");
        Path file = work.resolve("none.backup");
        assertThat(run("backup", "--out", file.toString(), "--data", dataDir)).isEqualTo(2);
        assertThat(file).doesNotExist();
    }
}
