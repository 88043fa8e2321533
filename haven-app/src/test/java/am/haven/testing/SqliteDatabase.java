package am.haven.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application under test at a fresh SQLite file in a temporary folder. */
public class SqliteDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path dir = Files.createTempDirectory("haven-test-sqlite");
            dir.toFile().deleteOnExit();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("haven-test-db", Map.of(
                    "haven.data-dir", dir.toString(),
                    "spring.datasource.url", "jdbc:sqlite:" + dir.resolve("haven.db")
                            + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000&transaction_mode=IMMEDIATE",
                    "HAVEN_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
