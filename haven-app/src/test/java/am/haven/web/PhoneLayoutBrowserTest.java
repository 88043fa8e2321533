package am.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.Browser;
import am.haven.testing.BrowserApp;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main pages in Armenian (the widest of the three languages) on a phone, 360 and 390 px wide,
 * in a real Chromium: nothing wider than the screen, every menu item on the header's dark band,
 * no select box cut at the screen's edge. Screenshots land in {@code target/screenshots/phone-*}.
 */
@BrowserApp
class PhoneLayoutBrowserTest {

    @LocalServerPort int port;
    @Autowired UserService users;

    Browser browser;
    WebDriver driver;
    String householdId;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Browser.asNewUser(port, users, Role.ADMIN);
        driver = browser.driver;
        Api api = new Api(port, users.createToken("admin", "phone layout"));
        Api.Response h = api.post("/api/v1/households", Map.of("registrationPoint", "Goris humanitarian centre",
                "origin", Map.of("settlement", "Ստեփանակերտ"), "phone", "+374 91 234 567",
                "consent", Map.of("assistance", true, "tracing", true, "sharing", false),
                "members", List.of(
                        Map.of("givenName", "Հովհաննես", "familyName", "Տեր-Հովհաննիսյան", "sex", "M", "birthDate", "1961-03-12",
                                "relationship", "HEAD", "needs", List.of("MOBILITY")),
                        Map.of("givenName", "Անահիտ", "familyName", "Տեր-Հովհաննիսյան", "sex", "F", "birthDate", "1964",
                                "relationship", "SPOUSE"))));
        assertThat(h.status()).as(h.text()).isEqualTo(201);
        householdId = h.body().get("id").asString();
        api.post("/api/v1/sites", Map.of("name", "Գորիսի համայնքային կենտրոն 12", "region", "SYUNIK", "capacity", 120));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    List<String> pages() {
        return List.of("/register", "/households", "/households/" + householdId, "/households?q=Հովհաննիսյան",
                "/review", "/tracing", "/shelter/sites", "/shelter/allocation", "/dashboard", "/admin/matching",
                "/admin/users");
    }

    @Test
    void no_main_page_is_wider_than_a_phone_in_armenian_and_every_menu_item_sits_on_the_header() {
        browser.signIn();
        List<String> problems = new ArrayList<>();
        for (int width : List.of(360, 390)) {
            driver.manage().window().setSize(new Dimension(width, 844));
            for (String path : pages()) {
                browser.open(path + (path.contains("?") ? "&" : "?") + "lang=hy");
                Map<?, ?> m = measure();
                String where = width + " px " + path + ": ";
                long scroll = ((Number) m.get("scrollWidth")).longValue();
                long inner = ((Number) m.get("innerWidth")).longValue();
                if (scroll > inner) problems.add(where + "page is " + scroll + " px wide for " + inner + " px " + m.get("widest"));
                if (!((List<?>) m.get("offHeader")).isEmpty()) problems.add(where + "menu items below the header " + m.get("offHeader"));
                if (!((List<?>) m.get("cutSelects")).isEmpty()) problems.add(where + "select boxes past the edge " + m.get("cutSelects"));
                String name = path.replace(householdId, "one").replaceAll("[^a-z]+", "-");
                browser.screenshot("phone-" + width + name);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What the page looks like to a phone's reader, measured by the browser itself. */
    private Map<?, ?> measure() {
        return (Map<?, ?>) ((JavascriptExecutor) driver).executeScript("""
                var inner = window.innerWidth;
                var header = document.querySelector('.site-header').getBoundingClientRect();
                var offHeader = [];
                document.querySelectorAll('.main-nav a, .header-tools a, .header-tools button').forEach(function (a) {
                  var r = a.getBoundingClientRect();
                  if (r.height > 0 && (r.bottom > header.bottom + 1 || r.top < header.top - 1)) offHeader.push(a.textContent.trim());
                });
                var cut = [];
                document.querySelectorAll('select, input, textarea, table').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.width > 0 && r.right > inner + 1) cut.push((e.name || e.id || e.className || e.tagName) + ' ' + Math.round(r.right));
                });
                var widest = '';
                var max = inner;
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > max + 1) { max = r.right; widest = e.tagName + '.' + e.className + ' ' + Math.round(r.right); }
                });
                return {scrollWidth: document.scrollingElement.scrollWidth, innerWidth: inner,
                        offHeader: offHeader, cutSelects: cut, widest: widest};
                """);
    }
}
