package am.haven.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.registration.RegisteredPersons;
import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.Browser;
import am.haven.testing.BrowserApp;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Chromium at the desk: a grandmother registered yesterday by another officer in Armenian
 * script comes back and is typed in Russian; the clerk sees the earlier registration (household,
 * where, when, by whom), says "same person" with the keyboard, and the saved record is in that
 * person's identity. Screenshots land in {@code target/screenshots/}.
 */
@BrowserApp
class DeskAttachBrowserTest {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired IdentityService identities;
    @Autowired RegisteredPersons persons;

    Browser browser;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Browser.asNewUser(port, users, Role.REGISTRAR);
        driver = browser.driver;
        wait = browser.wait;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void a_clerk_sees_the_earlier_registration_and_attaches_the_person_to_it() {
        String born = String.format("%04d-%02d-%02d", 1935 + ThreadLocalRandom.current().nextInt(20),
                1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
        Api admin = new Api(port, users.createToken("admin", "browser test"));
        var earlier = admin.post("/api/v1/households", Map.of("registrationPoint", "Kornidzor humanitarian centre",
                "origin", Map.of("settlement", "Stepanakert"),
                "members", List.of(Map.of("givenName", "Սիրանուշ", "familyName", "Գրիգորյան", "sex", "F",
                        "birthDate", born, "relationship", "HEAD"))));
        assertThat(earlier.status()).as(earlier.text()).isEqualTo(201);
        String earlierPerson = earlier.body().get("members").get(0).get("id").asString();
        String earlierNumber = earlier.body().get("number").asString();
        String identity = DedupApiContract.eventually(() -> identities.identityOf(earlierPerson).orElse(null));

        browser.signIn();
        browser.open("/register?lang=en");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("registrationPoint"))).selectByValue("Goris humanitarian centre");
        type("members[0].familyName", "Григорян");
        type("members[0].givenName", "Сирануш");
        new Select(driver.findElement(By.name("members[0].sex"))).selectByValue("F");
        type("members[0].birthDate", born);
        driver.findElement(By.name("members[0].birthDate")).sendKeys(Keys.TAB);
        new Select(driver.findElement(By.name("members[0].relationship"))).selectByValue("HEAD");

        String attachCss = ".member-row .desk-matches button[data-attach='" + identity + "']";
        By attachButton = By.cssSelector(attachCss);
        // Each changed field asks again; the box says when the answer to the last change is in.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".member-row .desk-matches-slot[aria-busy='false']")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(attachButton));
        String box = wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.cssSelector(".member-row .desk-matches")).getText());
        assertThat(box).contains(earlierNumber, "Kornidzor humanitarian centre", "admin", "Գրիգորյան Սիրանուշ");
        // The box sits under the member's fields, which keep the row's width.
        Map<?, ?> layout = (Map<?, ?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var row = document.querySelector('.member-row');
                var r = row.getBoundingClientRect(), m = row.querySelector('.member').getBoundingClientRect();
                var b = row.querySelector('.desk-matches-slot').getBoundingClientRect();
                return {row: r.width, member: m.width, memberBottom: m.bottom, boxTop: b.top};""");
        assertThat(((Number) layout.get("member")).doubleValue()).isGreaterThan(0.8 * ((Number) layout.get("row")).doubleValue());
        assertThat(((Number) layout.get("boxTop")).doubleValue()).isGreaterThanOrEqualTo(((Number) layout.get("memberBottom")).doubleValue() - 1);
        By note = By.cssSelector(".member-row .attach-chosen");
        assertThat(driver.findElement(note).isDisplayed()).isFalse();

        // Keyboard only: the button is reachable with Tab and Enter presses it without submitting the form.
        focus(attachCss);
        pressOnFocused(Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(attachButton, "aria-pressed", "true"));
        assertThat(driver.findElement(note).isDisplayed()).isTrue();
        assertThat(driver.findElement(note).getText()).contains("Գրիգորյան Սիրանուշ", earlierNumber);
        assertThat(driver.findElement(By.name("members[0].identityId")).getAttribute("value")).isEqualTo(identity);
        browser.screenshot("desk-attach");

        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1 .number")));
        String householdId = driver.getCurrentUrl().replaceAll(".*/households/([^/?#]+).*", "$1");
        String person = persons.ofHousehold(householdId).get(0).personId();
        assertThat(identities.identityOf(person)).contains(identity);
        assertThat(identities.identity(identity).records()).extracting(r -> r.personId())
                .containsExactlyInAnyOrder(earlierPerson, person);
    }

    @Test
    void a_clerk_who_changes_their_mind_saves_a_person_of_their_own() {
        String born = String.format("%04d-%02d-%02d", 1960 + ThreadLocalRandom.current().nextInt(20),
                1 + ThreadLocalRandom.current().nextInt(12), 1 + ThreadLocalRandom.current().nextInt(28));
        Api admin = new Api(port, users.createToken("admin", "browser test"));
        var earlier = admin.post("/api/v1/households", Map.of("registrationPoint", "Vayk reception centre",
                "members", List.of(Map.of("givenName", "Գայանե", "familyName", "Ալավերդյան", "sex", "F",
                        "relationship", "HEAD", "birthDate", born.substring(0, 4)))));
        assertThat(earlier.status()).as(earlier.text()).isEqualTo(201);
        String earlierPerson = earlier.body().get("members").get(0).get("id").asString();
        String identity = DedupApiContract.eventually(() -> identities.identityOf(earlierPerson).orElse(null));

        browser.signIn();
        browser.open("/register?lang=en");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("registrationPoint"))).selectByValue("Goris humanitarian centre");
        type("members[0].familyName", "Алавердян");
        type("members[0].givenName", "Гаяне");
        new Select(driver.findElement(By.name("members[0].sex"))).selectByValue("F");
        type("members[0].birthDate", born);
        // The box is filled again whenever a field changes: find its buttons afresh each time.
        By attach = By.cssSelector(".desk-matches button[data-attach='" + identity + "']");
        wait.until(ExpectedConditions.elementToBeClickable(attach));
        click(attach);
        wait.until(ExpectedConditions.attributeToBe(attach, "aria-pressed", "true"));
        By detach = By.cssSelector(".member-row [data-detach]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(detach));
        click(detach);
        assertThat(driver.findElement(By.name("members[0].identityId")).getAttribute("value")).isEmpty();
        wait.until(ExpectedConditions.attributeToBe(attach, "aria-pressed", "false"));

        driver.findElement(By.id("submit-household")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1 .number")));
        String householdId = driver.getCurrentUrl().replaceAll(".*/households/([^/?#]+).*", "$1");
        String person = persons.ofHousehold(householdId).get(0).personId();
        // Only the matcher places it now; a year of birth against a full date is no automatic link.
        String placed = DedupApiContract.eventually(() -> identities.identityOf(person).orElse(null));
        assertThat(identities.identity(placed).history()).noneMatch(e -> e.source() == Source.HUMAN);
    }

    /**
     * Tabs from the member's document number until the button has the focus, as a clerk would. The
     * box may be refreshed meanwhile (each changed field asks again; the page keeps the focus on the
     * same button), so the focus is checked by selector, not by element.
     */
    private void focus(String css) {
        driver.findElement(By.name("members[0].documents[0].number")).sendKeys(Keys.TAB);
        for (int i = 0; i < 40 && !focused(css); i++) pressOnFocused(Keys.TAB);
        assertThat(focused(css)).as("focus on " + css).isTrue();
    }

    private boolean focused(String css) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.activeElement !== null && document.activeElement.matches(arguments[0])", css);
    }

    private void pressOnFocused(Keys key) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.switchTo().activeElement().sendKeys(key);
            return true;
        });
    }

    private void click(By target) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(target).click();
            return true;
        });
    }

    private void type(String name, String text) {
        WebElement e = driver.findElement(By.name(name));
        e.clear();
        e.sendKeys(text);
    }
}
