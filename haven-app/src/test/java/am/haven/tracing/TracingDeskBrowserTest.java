package am.haven.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.Browser;
import am.haven.testing.BrowserApp;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A caseworker at the tracing desk, in Armenian, looks for a man by his name in Cyrillic with his
 * birth year, sex and home town, and finds his Armenian-script registration first, above a namesake
 * from another town born six years earlier. A screenshot lands in {@code target/screenshots/}.
 */
@BrowserApp
class TracingDeskBrowserTest {

    @LocalServerPort int port;
    @Autowired UserService users;

    Browser browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Browser.asNewUser(port, users, Role.CASEWORKER);
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void a_caseworker_finds_a_man_by_his_cyrillic_name_year_sex_and_home_town() throws Exception {
        Api api = new Api(port, users.createToken("admin", "browser"));
        java.util.Set<String> registered = new java.util.HashSet<>();
        // Two men of the same name, six years apart (so de-duplication keeps them apart), one from Martuni.
        for (String[] man : new String[][] {{"Hadrut", "1979"}, {"Martuni", "1985"}}) {
            var created = api.post("/api/v1/households", Map.of("registrationPoint", "Goris", "origin", Map.of("settlement", man[0]),
                    "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                    "members", List.of(Map.of("givenName", "Վարուժան", "familyName", "Տեր-Մինասյան", "sex", "M",
                            "birthDate", man[1], "relationship", "HEAD")))).body();
            registered.add(created.get("members").get(0).get("id").asString());
        }
        // The search index takes new registrations just after they commit.
        String q = URLEncoder.encode("Վարուժան Տեր-Մինասյան", StandardCharsets.UTF_8);
        for (int i = 0; i < 100 && !indexed(api, q, registered); i++) Thread.sleep(100);

        browser.signIn();
        browser.open("/tracing?lang=hy");

        assertThat(driver.findElement(By.cssSelector("label[for=searchSex]")).getText()).isEqualTo("Սեռ");
        assertThat(driver.findElement(By.cssSelector("label[for=searchOrigin]")).getText()).isEqualTo("Որտեղից է (բնակավայր)");
        // One typo in the given name, the family name in Russian spelling.
        driver.findElement(By.id("q")).sendKeys("Вартужан Тер-Минасян");
        driver.findElement(By.id("birthYear")).sendKeys("1985");
        new Select(driver.findElement(By.id("searchSex"))).selectByVisibleText("Արական");
        driver.findElement(By.id("searchOrigin")).sendKeys("Martuni", Keys.ENTER);

        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("table.list tbody tr"), 1));
        assertThat(rows.get(0).getText()).contains("Տեր-Մինասյան Վարուժան").containsIgnoringCase("որտեղից՝ martuni / martuni");
        assertThat(rows.get(1).getText()).contains("Տեր-Մինասյան Վարուժան").containsIgnoringCase("որտեղից՝ martuni / hadrut")
                .contains("1979");
        assertThat(driver.findElement(By.id("searchOrigin")).getAttribute("value")).isEqualTo("Martuni");
        assertThat(new Select(driver.findElement(By.id("searchSex"))).getFirstSelectedOption().getText()).isEqualTo("Արական");

        browser.screenshot("tracing-desk");
    }

    private static boolean indexed(Api api, String q, java.util.Set<String> personIds) {
        java.util.Set<String> found = new java.util.HashSet<>();
        api.get("/api/v1/persons/search?q=" + q).body().get("results").forEach(r -> found.add(r.get("personId").asString()));
        return found.containsAll(personIds);
    }
}
