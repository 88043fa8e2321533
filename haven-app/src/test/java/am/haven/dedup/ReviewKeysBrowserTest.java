package am.haven.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.Browser;
import am.haven.testing.BrowserApp;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review queue's shortcut keys in a real Chromium, pressed as an Armenian or Russian keyboard
 * layout sends them (the S key types ս or ы), and the pending count following each decision.
 */
@BrowserApp
class ReviewKeysBrowserTest {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired ReviewRepository reviews;

    Browser browser;
    WebDriver driver;
    Api api;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Browser.asNewUser(port, users, Role.CASEWORKER);
        driver = browser.driver;
        api = new Api(port, users.createToken("admin", "review keys"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    String pendingPair(String family, String familyRu) {
        String a = person("Լիլիթ", family);
        String b = person("Лилит", familyRu);
        reviews.closeOpen(a, b);
        reviews.open(a, b, 0.7, "[{\"comparison\":\"family_name\",\"level\":\"same sound key\",\"weight\":6.1}]", 1);
        return reviews.list(ReviewRepository.Status.PENDING, 0, 500).stream()
                .filter(i -> i.left().equals(DecisionRepository.min(a, b)) && i.right().equals(DecisionRepository.max(a, b)))
                .findFirst().orElseThrow().id();
    }

    String person(String given, String family) {
        var r = api.post("/api/v1/households", Map.of("registrationPoint", "Vayk reception centre",
                "members", List.of(Map.of("givenName", given, "familyName", family, "sex", "F",
                        "birthDate", DedupApiContract.uniqueDate(), "relationship", "HEAD"))));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        String id = r.body().get("members").get(0).get("id").asString();
        DedupApiContract.eventually(() -> {
            var p = api.get("/api/v1/persons/" + id).body();
            return p.has("identityId") ? p.get("identityId").asString() : null;
        });
        return id;
    }

    @Test
    void the_s_and_d_keys_decide_on_armenian_and_russian_layouts_and_the_pending_count_follows() {
        String armenian = pendingPair("Ղուկասյան", "Гукасян");
        String russian = pendingPair("Մանուկյան", "Манукян");
        browser.signIn();
        browser.open(DedupPagesContract.reviewPageOf(reviews, armenian, "hy"));
        By first = By.id("pair-" + armenian);
        By second = By.id("pair-" + russian);
        wait(first);
        long before = pendingCount();

        press(armenian, "ս", "KeyS");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(first));
        browser.wait.until(d -> pendingCount() == before - 1);
        // Other tests' pairs share the queue: the second pair may sit on the next page.
        browser.open(DedupPagesContract.reviewPageOf(reviews, russian, "hy"));
        wait(second);
        assertThat(pendingCount()).isEqualTo(before - 1);
        press(russian, "в", "KeyD");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(second));
        browser.wait.until(d -> pendingCount() == before - 2);
        browser.screenshot("review-keys-hy");

        assertThat(reviews.find(armenian).orElseThrow().status()).isEqualTo(ReviewRepository.Status.DECIDED);
        assertThat(reviews.find(russian).orElseThrow().status()).isEqualTo(ReviewRepository.Status.DECIDED);
        browser.open("/review?lang=hy");
        assertThat(pendingCount()).isEqualTo(before - 2);
    }

    private void wait(By pair) {
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(pair));
    }

    /** Focuses the pair and sends the key as a layout whose key at {@code code} types {@code key}. */
    private void press(String reviewId, String key, String code) {
        ((JavascriptExecutor) driver).executeScript("""
                var pair = document.getElementById('pair-' + arguments[0]);
                pair.focus();
                pair.dispatchEvent(new KeyboardEvent('keydown', {key: arguments[1], code: arguments[2], bubbles: true}));
                """, reviewId, key, code);
    }

    private long pendingCount() {
        String text = driver.findElement(By.id("pending-total")).getText();
        return Long.parseLong(text.replaceAll("\\D", ""));
    }
}
