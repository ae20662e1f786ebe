package dev.orderrelay.local.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The overview in a real browser, on the local run's simulated store: live orders, queues, charts drawn. */
class OverviewBrowserIntegrationTests {

    @RegisterExtension
    static final ConsoleRunExtension RUN = new ConsoleRunExtension();

    private static final String DEMO = "demo.myshopify.com";

    @Test
    void showsAViewerTheDemoStoresOrdersPerMinuteTheQueuesAndChartsThatRefreshThemselves() {
        try (Browser browser = Browser.open(RUN.run().baseUrl())) {
            browser.signIn("viewer", "viewer-password").go("/console");

            // The simulated store sends an order a second; the workers flush every 10 s and the page refreshes
            // itself every 10 s, so the demo store's row appears without a reload.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).until(driver -> processed(browser) > 0);

            assertThat(browser.waitFor(By.cssSelector("#queues")).getText())
                    .contains("order-relay-ingest", "order-relay-deliveries-ga4", "order-relay-ingest-dlq");
            assertThat(browser.driver().findElements(By.cssSelector("#queues tbody tr")))
                    .hasSizeGreaterThanOrEqualTo(10);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
                String drawn = driver.findElement(By.id("live")).getDomAttribute("data-charts-drawn");
                return drawn != null && !drawn.equals("0");
            });
            assertThat(browser.driver().findElements(By.cssSelector("header nav a.active")))
                    .extracting(WebElement::getText)
                    .containsExactly("Overview");
            browser.screenshot("overview");
        }
    }

    private static long processed(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#store-totals tbody tr")).stream()
                .filter(row -> DEMO.equals(row.getDomAttribute("data-shop")))
                .map(row -> row.findElement(By.cssSelector("td.processed")).getText())
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElse(0);
    }
}
