package am.haven.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its own chromedriver, headless, with a fresh profile: nothing is
 * downloaded (Selenium Manager is never asked) and nothing calls out to the network.
 */
public final class Chromium {

    private Chromium() {}

    /** A new browser; the binary is {@code HAVEN_TEST_CHROMIUM} when it is a path, else /usr/bin/chromium. */
    public static WebDriver open() throws IOException {
        String binary = System.getenv("HAVEN_TEST_CHROMIUM");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(binary != null && binary.startsWith("/") ? binary : "/usr/bin/chromium");
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("haven-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }
}
