package am.haven.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application under test at a fresh schema in the PostgreSQL named by
 * {@code HAVEN_TEST_PG_URL}, so runs never collide.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ENV = "HAVEN_TEST_PG_URL";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(ENV + " is not set; PostgreSQL tests should have been skipped");
        }
        String schema = freshSchema(url);
        String user = System.getenv().getOrDefault("HAVEN_TEST_PG_USER", "postgres");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("haven-test-db", Map.of(
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.datasource.username", user,
                "spring.datasource.password", System.getenv().getOrDefault("HAVEN_TEST_PG_PASSWORD", ""),
                "HAVEN_ADMIN_PASSWORD", TestUsers.ADMIN_PASSWORD)));
    }

    /** Creates an empty schema with a unique name and returns the name. */
    public static String freshSchema(String url) {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String user = System.getenv().getOrDefault("HAVEN_TEST_PG_USER", "postgres");
        try (Connection c = DriverManager.getConnection(url, user, System.getenv().getOrDefault("HAVEN_TEST_PG_PASSWORD", ""))) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + url + ": " + e.getMessage(), e);
        }
        return schema;
    }
}
