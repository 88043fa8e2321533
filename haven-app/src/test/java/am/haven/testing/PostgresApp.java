package am.haven.testing;

import am.haven.HavenApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port over a fresh PostgreSQL schema; skipped (and reported
 * as skipped) unless {@code HAVEN_TEST_PG_URL} is set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = PostgresDatabase.ENV, matches = ".+",
        disabledReason = "set HAVEN_TEST_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test) to run PostgreSQL tests")
@SpringBootTest(classes = HavenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresDatabase.class)
public @interface PostgresApp {}
