package am.haven.reports;

import static org.assertj.core.api.Assertions.assertThat;

import am.haven.registration.BulkRegistration;
import am.haven.registration.HouseholdRequest;
import am.haven.registration.MemberRequest;
import am.haven.security.Role;
import am.haven.security.UserService;
import am.haven.testing.Api;
import am.haven.testing.Browser;
import am.haven.testing.BrowserApp;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A real Chromium opens the dashboard on a week of backdated arrivals (September 2023, several
 * registration points) and checks that ECharts drew every chart with the figures the API gives.
 * A screenshot lands in {@code target/screenshots/}.
 */
@BrowserApp
class DashboardBrowserTest {

    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired BulkRegistration bulk;

    Browser browser;
    WebDriver driver;
    WebDriverWait wait;
    String region;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Browser.asNewUser(port, users, Role.ANALYST);
        driver = browser.driver;
        wait = browser.wait;
        region = "Browser region " + UUID.randomUUID().toString().substring(0, 8);
        arrivals();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.close();
    }

    /** 60 households over 25 Sep – 1 Oct 2023 at three points, all from one origin region of their own. */
    void arrivals() {
        Random rnd = new Random(2023);
        String[] points = {"Goris humanitarian centre", "Kornidzor", "Vayk community centre"};
        List<BulkRegistration.Backdated> batch = new ArrayList<>();
        for (int h = 0; h < 60; h++) {
            List<MemberRequest> members = new ArrayList<>();
            int size = 1 + rnd.nextInt(5);
            for (int m = 0; m < size; m++) {
                members.add(new MemberRequest(m % 2 == 0 ? "Անի" : "Արամ", "Հակոբյան", null, m % 2 == 0 ? "F" : "M",
                        String.valueOf(1930 + rnd.nextInt(90)), false, m == 0 ? "HEAD" : "CHILD",
                        rnd.nextInt(8) == 0 ? List.of("MOBILITY") : List.of(), List.of(), null, List.of()));
            }
            HouseholdRequest request = new HouseholdRequest(points[rnd.nextInt(points.length)],
                    new HouseholdRequest.Origin("Stepanakert", region), null, null, null, null,
                    new HouseholdRequest.Consent(true, true, false), null, members);
            Instant at = Instant.parse("2023-09-25T06:00:00Z").plusSeconds(rnd.nextInt(7 * 86_400));
            batch.add(new BulkRegistration.Backdated(request, at, "browser-test"));
        }
        bulk.register(batch);
    }

    @Test
    void the_dashboard_draws_every_chart_with_the_figures_of_the_api() throws IOException {
        String query = "from=2023-09-25&to=2023-10-01&region=" + java.net.URLEncoder.encode(region, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode api = new Api(port, users.createToken(browser.user(), "browser")).get("/api/v1/reports/dashboard?" + query).body();
        long persons = api.get("summary").get("persons").asLong();
        assertThat(persons).isPositive();

        browser.signIn();
        browser.open("/dashboard?lang=en&" + query);
        for (String chart : List.of("arrivals", "cumulative", "pyramid", "needs", "household-sizes", "origin-settlements", "tracing")) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-" + chart + " canvas")));
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long drawnArrivals = ((Number) js.executeScript("""
                var o = echarts.getInstanceByDom(document.getElementById('chart-arrivals')).getOption();
                return o.series.reduce(function (t, s) { return t + s.data.reduce(function (a, b) { return a + b; }, 0); }, 0);""")).longValue();
        long drawnPyramid = ((Number) js.executeScript("""
                var o = echarts.getInstanceByDom(document.getElementById('chart-pyramid')).getOption();
                return o.series.reduce(function (t, s) { return t + s.data.reduce(function (a, b) { return a + Math.abs(b); }, 0); }, 0);""")).longValue();
        long seriesPoints = ((Number) js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-arrivals')).getOption().series.length;")).longValue();
        long days = ((Number) js.executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-arrivals')).getOption().xAxis[0].data.length;")).longValue();
        long drawnNeeds = ((Number) js.executeScript("""
                var o = echarts.getInstanceByDom(document.getElementById('chart-needs')).getOption();
                return o.series[0].data.reduce(function (a, b) { return a + b; }, 0);""")).longValue();

        assertThat(drawnArrivals).isEqualTo(persons);
        assertThat(drawnPyramid).isEqualTo(persons);
        assertThat(seriesPoints).isEqualTo(api.get("arrivals").get("byPoint").size()).isGreaterThan(1);
        assertThat(days).isEqualTo(7);
        long needs = 0;
        for (JsonNode n : api.get("needs")) needs += n.get("persons").asLong();
        assertThat(drawnNeeds).isEqualTo(needs);
        assertThat(driver.findElement(By.id("kf-registrations")).getText()).isEqualTo(Long.toString(persons));

        browser.screenshot("dashboard");
    }
}
