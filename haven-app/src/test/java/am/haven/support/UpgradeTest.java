package am.haven.support;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.HavenApplication;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class UpgradeTest {

    @TempDir Path dir;

    @Test
    void a_database_of_an_earlier_release_takes_the_migrations_numbered_below_its_version()
            throws IOException, URISyntaxException {
        // The first release shipped V1, V2, V10, V20, V30, V40–V42; V3 and V31 came later in their
        // features' ranges, below the database's version, and V43–V44 after it (V32 too, which
        // needs V31's table).
        Path all = Path.of(getClass().getResource("/db/migration/common").toURI());
        Path first = Files.createDirectories(dir.resolve("first-release"));
        Set<String> later = Set.of("V3", "V31", "V32", "V43", "V44");
        try (var files = Files.list(all)) {
            for (Path f : files.toList()) {
                if (!later.contains(f.getFileName().toString().split("__")[0])) Files.copy(f, first.resolve(f.getFileName()));
            }
        }
        Path data = Files.createDirectories(dir.resolve("data"));
        Flyway.configure().dataSource("jdbc:sqlite:" + data.resolve("haven.db"), null, null)
                .locations("filesystem:" + first).load().migrate();

        try (ConfigurableApplicationContext app = HavenApplication.startWithoutWeb(data)) {
            List<String> applied = app.getBean(JdbcClient.class)
                    .sql("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")
                    .query(String.class).list();
            assertThat(applied).contains("3", "31", "32", "43", "44");
        }
    }
}
