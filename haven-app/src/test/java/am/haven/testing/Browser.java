package am.haven.testing;

import am.haven.security.Role;
import am.haven.security.UserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One test's Chromium ({@link Chromium#open}) and the user it signs in as: a new user of one role,
 * so tests never share an account. Open it in {@code @BeforeEach}, close it in {@code @AfterEach}.
 * Screenshots land in {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "browser-test-password";

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final int port;
    private final String user;

    private Browser(WebDriver driver, int port, String user) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.port = port;
        this.user = user;
    }

    /** A browser for a new user with {@code role} on the application at {@code port}. */
    public static Browser asNewUser(int port, UserService users, Role role) throws IOException {
        String kind = role.name().toLowerCase(Locale.ROOT);
        String user = kind + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(user, "Browser " + kind, PASSWORD, EnumSet.of(role));
        return new Browser(Chromium.open(), port, user);
    }

    public String user() {
        return user;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens {@code path} of the application. */
    public void open(String path) {
        driver.get(url(path));
    }

    /** Signs in on the login page (opening it unless it is showing) and waits to leave it. */
    public void signIn() {
        if (!driver.getCurrentUrl().contains("/login")) open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
