package am.haven;

import am.haven.cli.ServeOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot application. Started by {@link Haven} ({@code serve}, {@code token}, …). */
@SpringBootApplication
public class HavenApplication {

    /** Runs the web application until the JVM stops. */
    public static ConfigurableApplicationContext start(ServeOptions options) {
        SpringApplication app = new SpringApplication(HavenApplication.class);
        return app.run(arguments(properties(options.dataDir(), options.port(), options.demo())));
    }

    /** Opens the database (migrating it) without a web server, for command-line tools. */
    public static ConfigurableApplicationContext startWithoutWeb(Path dataDir) {
        SpringApplication app = new SpringApplication(HavenApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        // A command-line tool's batch statements (relink, import) may rightly run for minutes, and an
        // operator watches them; the server's bounds are for a clerk. HAVEN_DB_* still override these.
        app.setDefaultProperties(Map.of("haven.db.statement-timeout", "0s", "haven.db.socket-timeout", "0s"));
        Map<String, Object> props = properties(dataDir, null, false);
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "WARN");
        return app.run(arguments(props));
    }

    /** Command-line arguments outrank application.properties, so the launcher's options win. */
    private static String[] arguments(Map<String, Object> props) {
        return props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    static Map<String, Object> properties(Path dataDir, Integer port, boolean demo) {
        Map<String, Object> props = new HashMap<>();
        props.put("haven.data-dir", dataDir.toAbsolutePath().toString());
        props.put("haven.demo", demo);
        if (port != null) {
            props.put("server.port", port);
        }
        if (System.getenv("HAVEN_DB_URL") == null) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create data directory " + dataDir, e);
            }
        }
        return props;
    }

    public static void main(String[] args) {
        Haven.main(args.length == 0 ? new String[] {"serve"} : args);
    }
}
