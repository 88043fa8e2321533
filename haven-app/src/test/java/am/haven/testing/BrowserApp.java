package am.haven.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The whole application on SQLite, seen through a real Chromium ({@link Browser}); skipped (and
 * reported as skipped) unless {@code HAVEN_TEST_CHROMIUM} is set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SqliteApp
@EnabledIfEnvironmentVariable(named = "HAVEN_TEST_CHROMIUM", matches = ".+",
        disabledReason = "set HAVEN_TEST_CHROMIUM (e.g. /usr/bin/chromium) to run browser tests")
public @interface BrowserApp {}
