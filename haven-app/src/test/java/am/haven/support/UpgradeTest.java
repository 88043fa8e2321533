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
        // needs V31's table), then V45 (which replaces V40's views), V50 and V60 after them.
        Path all = Path.of(getClass().getResource("/db/migration/common").toURI());
        Path first = Files.createDirectories(dir.resolve("first-release"));
        Set<String> firstRelease = Set.of("V1", "V2", "V10", "V20", "V30", "V40", "V41", "V42");
        try (var files = Files.list(all)) {
            for (Path f : files.toList()) {
                if (firstRelease.contains(f.getFileName().toString().split("__")[0])) Files.copy(f, first.resolve(f.getFileName()));
            }
        }
        Path data = Files.createDirectories(dir.resolve("data"));
        Flyway.configure().dataSource("jdbc:sqlite:" + data.resolve("haven.db"), null, null)
                .locations("filesystem:" + first).load().migrate();

        try (ConfigurableApplicationContext app = HavenApplication.startWithoutWeb(data)) {
            List<String> applied = app.getBean(JdbcClient.class)
                    .sql("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")
                    .query(String.class).list();
            assertThat(applied).contains("3", "31", "32", "43", "44", "45", "50", "60");
        }
    }

    @Test
    void persons_registered_before_the_sound_keys_get_them_and_are_found_across_scripts() throws IOException, URISyntaxException {
        Path all = Path.of(getClass().getResource("/db/migration/common").toURI());
        Path data = Files.createDirectories(dir.resolve("data"));
        String url = "jdbc:sqlite:" + data.resolve("haven.db");
        // Every SQL migration, but not the Java one that adds the sound keys.
        Flyway.configure().dataSource(url, null, null).locations("filesystem:" + all).load().migrate();
        var jdbc = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(url, true));
        jdbc.sql("""
                INSERT INTO household (id, number, registration_point, registered_by, registered_at, updated_at, version,
                    consent_assistance, consent_tracing, consent_sharing)
                VALUES ('h1', '000001-8', 'Goris', 'clerk', '2023-09-27T10:00:00Z', '2023-09-27T10:00:00Z', 1, 1, 1, 0)""").update();
        jdbc.sql("""
                INSERT INTO person (id, household_id, position, given_name, family_name, given_name_latin, family_name_latin,
                    given_name_key, family_name_key, sex, birth_date_estimated, relationship, created_at, updated_at, version)
                VALUES ('p1', 'h1', 0, 'Արամ', 'Оганесян', 'Aram', 'Oganesyan', 'aram', 'oganesyan', 'M', 0, 'HEAD',
                    '2023-09-27T10:00:00Z', '2023-09-27T10:00:00Z', 1)""").update();

        try (ConfigurableApplicationContext app = HavenApplication.startWithoutWeb(data)) {
            var sounds = app.getBean(JdbcClient.class)
                    .sql("SELECT given_name_sound || ' ' || family_name_sound FROM person WHERE id = 'p1'")
                    .query(String.class).single();
            assertThat(sounds).isEqualTo(am.haven.match.normalize.NameKey.of("Aram") + " "
                    + am.haven.match.normalize.NameKey.of("Հովհաննիսյան"));
        }
    }
}
