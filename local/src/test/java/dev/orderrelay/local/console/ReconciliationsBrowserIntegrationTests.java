package dev.orderrelay.local.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.local.LocalStoreRunner;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reconciliation pages in a real browser: support starts a run of the demo shop and watches it finish. */
class ReconciliationsBrowserIntegrationTests {

    @RegisterExtension
    static final ConsoleRunExtension RUN = new ConsoleRunExtension();

    private static final String SHOP = "demo.myshopify.com";

    @Test
    void startsARunForTheLastHourAndListsItOnceTheReconcilerHasFinishedIt() {
        // An order older than the local profile's 20 s settle delay, so the run has source orders to count.
        SimulatedShopifyStore store =
                RUN.run().bean(LocalStoreRunner.class).store().orElseThrow();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> store.orders().stream()
                        .anyMatch(order -> order.createdAt()
                                .toInstant()
                                .isBefore(Instant.now().minusSeconds(25))));
        try (Browser browser = Browser.open(RUN.run().baseUrl())) {
            browser.signIn("support", "support-password").go("/console/reconciliations");
            // The form offers the last full hour and the current one.
            browser.waitFor(By.cssSelector("#start input[name=shop]")).sendKeys(SHOP);
            browser.driver()
                    .findElement(By.cssSelector("#start button[type=submit]"))
                    .click();

            browser.waitFor(By.id("run-progress"));
            assertThat(browser.path()).startsWith("/console/reconciliations/");
            String runId = browser.path().substring("/console/reconciliations/".length());
            // A reconciler picks the run up within seconds, after any run it is doing.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
                    .until(driver -> !driver.findElements(By.cssSelector("#run-progress[data-state=DONE]"))
                            .isEmpty());
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#run-progress"))
                            .getText())
                    .contains(SHOP)
                    .contains("REQUESTED by support");
            assertThat(RUN.run()
                            .bean(Reconciliations.class)
                            .find(runId)
                            .orElseThrow()
                            .findings()
                            .sourceOrders())
                    .as("the settled orders of the demo store's last hours")
                    .isPositive();

            browser.go("/console/reconciliations");
            assertThat(browser.waitFor(By.cssSelector("#runs tr[data-run='" + runId + "']"))
                            .getText())
                    .contains(SHOP)
                    .contains("DONE");
            browser.screenshot("reconciliations");

            browser.go("/console/reconciliations?shop=" + SHOP);
            assertThat(browser.driver().findElements(By.cssSelector("#runs tr[data-run='" + runId + "']")))
                    .as("the shop's own runs")
                    .hasSize(1);
        }
    }

    @Test
    void offersAViewerTheRunsButNoWayToStartOne() {
        try (Browser browser = Browser.open(RUN.run().baseUrl())) {
            browser.signIn("viewer", "viewer-password").go("/console/reconciliations");

            browser.waitFor(By.id("runs"));
            assertThat(browser.driver().findElements(By.id("start"))).isEmpty();
        }
    }
}
