package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Browser;
import am.haven.testing.BrowserApp;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real Chromium at the desk: signs in, registers a family of four typed in Armenian script with
 * the keyboard, meets an inline error, finds the family in the list and opens its card.
 * Screenshots of each page land in {@code target/screenshots/}.
 */
@BrowserApp
class DeskBrowserTest {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;
    @Value("${spring.datasource.url}") String url;

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

    long households() {
        return jdbc.sql("SELECT COUNT(*) FROM household").query(Long.class).single();
    }

    @Test
    void a_clerk_registers_a_family_of_four_in_armenian_script_and_finds_it_in_the_list() {
        browser.signIn();
        browser.open("/register?lang=en");
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("registrationPoint");
        browser.screenshot("desk-empty");

        type("registrationPoint", "Goris humanitarian centre");
        type("origin.settlement", "Ստեփանակերտ");
        type("phone", "093 123 456");
        check("consent.assistance");
        check("consent.tracing");
        member(0, "Պետրոսյան", "Արմեն", "Սամվելի", "M", "1975-03-12", "HEAD");
        // Enter moves on; it must not submit the form.
        driver.findElement(By.name("members[0].givenName")).sendKeys(Keys.ENTER);
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("members[0].patronymic");
        assertThat(driver.findElements(By.cssSelector(".error-summary"))).isEmpty();
        select("members[0].documents[0].type", "ARMENIAN_PASSPORT");
        type("members[0].documents[0].number", "AN0123456");

        addMemberWithKeyboard();
        member(1, null, "Անահիտ", "Գագիկի", "F", "1978", "SPOUSE");
        addMemberWithKeyboard();
        member(2, null, "Նարեկ", "Արմենի", "M", "2005-11-02", "CHILD");
        addMemberWithKeyboard();
        member(3, null, "Մարիամ", "Արմենի", "F", "2030-01-01", "CHILD");
        // A row added by mistake is removed in place.
        addMemberWithKeyboard();
        driver.findElements(By.cssSelector("#members .member-row")).get(4).findElement(By.cssSelector("[data-remove-member]")).click();
        assertThat(driver.findElements(By.cssSelector("#members .member-row"))).hasSize(4);
        assertThat(driver.findElement(By.name("members[3].familyName")).getAttribute("value")).isEqualTo("Պետրոսյան");
        browser.screenshot("desk-filled");

        long before = households();
        driver.findElement(By.name("members[3].birthDate")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-error-for='members[3].birthDate']")));
        assertThat(error.getText()).contains("future").contains("2030-01-01");
        assertThat(driver.findElement(By.name("members[3].givenName")).getAttribute("value")).isEqualTo("Մարիամ");
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("members[3].birthDate");
        assertThat(households()).isEqualTo(before);
        browser.screenshot("desk-error");

        WebElement birth = driver.findElement(By.name("members[3].birthDate"));
        birth.clear();
        birth.sendKeys("2015-06-01");
        driver.findElement(By.id("submit-household")).click();
        WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1 .number")));
        String registration = number.getText();
        assertThat(households()).isEqualTo(before + 1);
        assertThat(driver.findElement(By.cssSelector("table.members")).getText())
                .contains("Պետրոսյան Արմեն Սամվելի", "Petrosyan Armen", "Petrosyan Mariam", "AN0123456");
        browser.screenshot("household");

        browser.open("/households");
        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("Պետրոսյան Մարի");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), registration));
        wait.until(ExpectedConditions.urlContains("q="));
        browser.screenshot("list");
        driver.findElement(By.linkText(registration)).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Registration card"))).click();
        WebElement qr = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.qr")));
        assertThat(qr.getAttribute("data-qr")).isEqualTo(registration);
        assertThat(qr.getSize().getWidth()).isGreaterThan(80);
        browser.screenshot("card");
    }

    @Test
    void the_language_switch_turns_the_pages_armenian_and_keeps_them_so() {
        browser.open("/login");
        driver.findElement(By.cssSelector(".lang-switch a[lang=hy]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("label[for=username]"), "Օգտանուն"));
        browser.screenshot("login-hy");
        browser.signIn();
        browser.open("/register");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ընտանիքի գրանցում");
        assertThat(driver.findElement(By.cssSelector("label[for='f-members[0].familyName']")).getText()).isEqualTo("Ազգանուն");
        browser.screenshot("desk-hy");
        driver.findElement(By.cssSelector(".lang-switch a[lang=ru]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Регистрация семьи"));
    }

    @Test
    void when_the_database_cannot_save_the_desk_keeps_every_value_says_so_in_armenian_and_a_retry_registers_once() throws Exception {
        browser.signIn();
        browser.open("/register?lang=hy");
        type("registrationPoint", "Goris humanitarian centre");
        type("phone", "093 555 017");
        member(0, "Մկրտչյան", "Լուսինե", "Վահանի", "F", "1969-04-21", "HEAD");
        long before = households();

        // Another process holds SQLite's write lock past the desk's deadline: the database cannot save.
        try (Connection other = DriverManager.getConnection(url)) {
            other.createStatement().execute("BEGIN IMMEDIATE");
            driver.findElement(By.id("submit-household")).click();
            WebElement notice = new WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("unavailable")));
            assertThat(notice.getText()).contains("Սերվերը հիմա չի կարող պահպանել");
            assertThat(driver.findElement(By.name("members[0].familyName")).getAttribute("value")).isEqualTo("Մկրտչյան");
            assertThat(driver.findElement(By.name("members[0].givenName")).getAttribute("value")).isEqualTo("Լուսինե");
            assertThat(driver.findElement(By.name("members[0].birthDate")).getAttribute("value")).isEqualTo("1969-04-21");
            assertThat(driver.findElement(By.name("phone")).getAttribute("value")).isEqualTo("093 555 017");
            browser.screenshot("desk-unavailable-hy");
            other.createStatement().execute("ROLLBACK");
        }

        driver.findElement(By.id("submit-household")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1 .number")));
        assertThat(households()).as("the first submit may have committed after its answer; the retry finds it").isEqualTo(before + 1);
    }

    private void addMemberWithKeyboard() {
        int rows = driver.findElements(By.cssSelector("#members .member-row")).size();
        driver.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, "m"));
        wait.until(d -> d.findElements(By.cssSelector("#members .member-row")).size() == rows + 1);
    }

    private void member(int i, String family, String given, String patronymic, String sex, String birth, String rel) {
        String p = "members[" + i + "].";
        if (family != null) {
            WebElement f = driver.findElement(By.name(p + "familyName"));
            f.clear();
            f.sendKeys(family);
        } else {
            // A new row offers the first member's family name, selected.
            assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo(p + "familyName");
        }
        type(p + "givenName", given);
        type(p + "patronymic", patronymic);
        select(p + "sex", sex);
        type(p + "birthDate", birth);
        select(p + "relationship", rel);
    }

    private void type(String name, String text) {
        driver.findElement(By.name(name)).sendKeys(text);
    }

    private void check(String name) {
        WebElement box = driver.findElement(By.name(name));
        if (!box.isSelected()) box.click();
    }

    private void select(String name, String value) {
        new Select(driver.findElement(By.name(name))).selectByValue(value);
    }
}
