package dev.orderrelay.local.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dead-letter pages in a real browser against the full local pipeline: a destination rejects some orders, support
 * replays exactly those through the filter (dry-run count, confirm, progress) and each is delivered once; a viewer
 * is offered no action and refused one; a discard's reason shows in the audit trail.
 */
class DeadLettersBrowserIntegrationTests {

    @RegisterExtension
    static final ConsoleRunExtension RUN = new ConsoleRunExtension();

    private static final String SHOP = "demo.myshopify.com";
    private static final String WEBHOOK = "demo-webhook";
    private static final int REJECTED = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void replaysTheFilteredDeadLettersAfterADryRunAndEachIsDeliveredExactlyOnce() {
        ConsoleRun run = RUN.run();
        ConsoleHttp http = new ConsoleHttp(run.baseUrl());
        ParkedEvents parked = run.bean(ParkedEvents.class);
        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try {
            // The merchant's endpoint refuses the next few deliveries with a 400: the worker parks them at once.
            http.fault("webhook", "{\"mode\": \"status\", \"status\": 400, \"orders\": " + REJECTED + "}");
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> parkedWebhookDeliveries(parked, since).size() >= REJECTED);
        } finally {
            http.clearFault("webhook");
        }

        try (Browser browser = Browser.open(run.baseUrl())) {
            browser.signIn("support", "support-password")
                    .go("/console/dead-letters?shop=" + SHOP + "&destination=" + WEBHOOK + "&from=" + since);
            List<WebElement> rows = rows(browser);
            assertThat(rows).hasSize(parkedWebhookDeliveries(parked, since).size());
            assertThat(rows.getFirst().getText())
                    .contains(SHOP)
                    .contains(WEBHOOK)
                    .contains("PARKED");
            browser.screenshot("dead-letters");

            rows.getFirst().findElement(By.cssSelector("a")).click();
            assertThat(browser.waitFor(By.cssSelector("dd.reason")).getText()).isNotBlank();
            assertThat(browser.driver()
                            .findElement(By.cssSelector("pre.message"))
                            .getText())
                    .as("the delivery message, customer data masked")
                    .contains(SHOP)
                    .doesNotContain("@example.com");
            assertThat(browser.driver().findElements(By.cssSelector("#replay button, #discard button")))
                    .hasSize(2);
            browser.screenshot("dead-letter");

            browser.driver().navigate().back();
            browser.waitFor(By.cssSelector("#replay-all button")).click();
            int counted = Integer.parseInt(
                    browser.waitFor(By.id("match-count")).getText().trim());
            List<ParkedEvent> matching = parkedWebhookDeliveries(parked, since);
            assertThat(counted)
                    .as("the dry run counts what the ledger holds for the filter")
                    .isEqualTo(matching.size())
                    .isGreaterThanOrEqualTo(REJECTED);

            browser.driver()
                    .findElement(By.cssSelector("#confirm button[type=submit]"))
                    .click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(driver -> !driver.findElements(By.cssSelector("#job-progress[data-state=DONE]"))
                            .isEmpty());
            assertThat(browser.path()).startsWith("/console/dead-letters/replays/");
            assertThat(text(browser, "job-total")).isEqualTo(counted);
            assertThat(text(browser, "job-replayed")).isEqualTo(counted);
            assertThat(text(browser, "job-failed")).isZero();
            browser.screenshot("replay-progress");

            DeliveryClaims claims = run.bean(DeliveryClaims.class);
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        JsonNode accepted = http.accepted("webhook", SHOP);
                        for (ParkedEvent event : matching) {
                            DeliveryRecord delivery = delivery(claims, event);
                            assertThat(delivery.state())
                                    .as("delivery of %s", event)
                                    .isEqualTo(DeliveryState.DELIVERED);
                            List<JsonNode> sends = accepted.valueStream()
                                    .filter(sent -> sent.path("key").asString().equals(delivery.idempotencyKey()))
                                    .toList();
                            assertThat(sends).as("accepted sends of %s", event).hasSize(1);
                            assertThat(sends.getFirst().path("duplicate").asBoolean())
                                    .isFalse();
                        }
                    });
            assertThat(parkedWebhookDeliveries(parked, since))
                    .as("nothing matching is still parked")
                    .isEmpty();
        }
    }

    @Test
    void showsAViewerNoActionAndRefusesTheirReplayOnThePageAndInTheApi() {
        ConsoleRun run = RUN.run();
        ParkedEvents parked = run.bean(ParkedEvents.class);
        ParkedEvent event = parked.park(new ParkedEvents.Parking(
                SHOP,
                ParkedStage.DELIVER,
                "demo-amplitude",
                "viewer-" + UUID.randomUUID(),
                null,
                "HTTP 400: event rejected by the destination",
                1,
                "{\"v\": 1}"));
        String id = event.id() + "@" + SHOP;

        try (Browser browser = Browser.open(run.baseUrl())) {
            browser.signIn("viewer", "viewer-password")
                    .go("/console/dead-letters?shop=" + SHOP + "&destination=demo-amplitude");
            assertThat(rows(browser))
                    .anySatisfy(
                            row -> assertThat(row.getDomAttribute("data-id")).isEqualTo(id));
            assertThat(browser.driver().findElements(By.id("replay-all"))).isEmpty();
            assertThat(browser.driver().findElements(By.cssSelector("#dead-letters a")))
                    .as("the detail with its message is support's")
                    .isEmpty();

            HttpResponse<String> pagePost =
                    new ConsoleHttp(run.baseUrl()).postAs(browser, "/console/dead-letters/" + id + "/replay");
            assertThat(pagePost.statusCode()).isEqualTo(403);
            assertThat(pagePost.body()).contains("Not allowed");

            browser.go("/console/dead-letters/" + id);
            assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Not allowed");
        }
        HttpResponse<String> apiPost = new ConsoleHttp(run.baseUrl())
                .apiPost("/api/dead-letters/" + id + "/replay", "viewer", "viewer-password");
        assertThat(apiPost.statusCode()).isEqualTo(403);
        assertThat(parked.find(SHOP, event.id()).orElseThrow().status()).isEqualTo(ParkedStatus.PARKED);
    }

    @Test
    void discardsWithAReasonThatTheAuditTrailShowsWithWhoDidIt() {
        ConsoleRun run = RUN.run();
        ParkedEvents parked = run.bean(ParkedEvents.class);
        String orderId = Long.toString(5_820_982_000_000_000_000L + (System.nanoTime() % 1_000_000));
        ParkedEvent event = parked.park(new ParkedEvents.Parking(
                SHOP,
                ParkedStage.DELIVER,
                "demo-amplitude",
                orderId,
                null,
                "HTTP 400: Amplitude refused the event (invalid user_id); fix the mapping, then replay",
                1,
                "{\"v\": 1, \"shop\": \"" + SHOP + "\", \"orderId\": \"" + orderId + "\", \"destination\":"
                        + " \"demo-amplitude\", \"kind\": \"amplitude\", \"event\": \"purchase\", \"customer\":"
                        + " {\"email\": \"ana.lopez@example.com\", \"first_name\": \"Ana\"}}"));
        String id = event.id() + "@" + SHOP;

        try (Browser browser = Browser.open(run.baseUrl())) {
            browser.signIn("support", "support-password").go("/console/dead-letters/" + id);
            String message = browser.waitFor(By.cssSelector("pre.message")).getText();
            assertThat(message).contains("[masked]").doesNotContain("ana.lopez").doesNotContain("Ana");

            browser.driver()
                    .findElement(By.cssSelector("#discard input[name=reason]"))
                    .sendKeys("test order, not needed");
            browser.driver().findElement(By.cssSelector("#discard button")).click();
            assertThat(browser.waitFor(By.id("outcome")).getText()).contains("Discarded");
            assertThat(browser.driver().findElement(By.cssSelector("h1 .state")).getText())
                    .isEqualTo("DISCARDED");

            browser.go("/console/audit");
            WebElement entry = browser.waitFor(
                    By.xpath("//table[@id='audit']//tr[td[@class='mono reason' and text()='" + id + "']]"));
            assertThat(entry.findElement(By.cssSelector("td.action")).getText()).isEqualTo("discard");
            assertThat(entry.findElement(By.cssSelector("td.actor")).getText()).isEqualTo("support");
            assertThat(entry.findElement(By.cssSelector("td.note")).getText()).isEqualTo("test order, not needed");
            assertThat(entry.findElement(By.cssSelector("td.outcome")).getText())
                    .isEqualTo("discarded");
            browser.screenshot("audit");
        }
        ParkedEvent discarded = parked.find(SHOP, event.id()).orElseThrow();
        assertThat(discarded.status()).isEqualTo(ParkedStatus.DISCARDED);
        assertThat(discarded.resolvedBy()).isEqualTo("support");
    }

    /** The webhook deliveries parked for the demo shop since {@code since}, still parked: what the filter means. */
    private static List<ParkedEvent> parkedWebhookDeliveries(ParkedEvents parked, Instant since) {
        return parked.forShop(SHOP).stream()
                .filter(event -> WEBHOOK.equals(event.destination()))
                .filter(event -> event.status() == ParkedStatus.PARKED)
                .filter(event -> !event.parkedAt().isBefore(since))
                .toList();
    }

    private static DeliveryRecord delivery(DeliveryClaims claims, ParkedEvent event) {
        String kind = JSON.readTree(event.message()).path("event").asString();
        return claims.forOrder(SHOP, event.orderId()).stream()
                .filter(record -> record.key().destination().equals(WEBHOOK)
                        && record.key().event().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private static List<WebElement> rows(Browser browser) {
        browser.waitFor(By.id("dead-letters"));
        return browser.driver().findElements(By.cssSelector("#dead-letters tbody tr[data-id]"));
    }

    private static int text(Browser browser, String id) {
        return Integer.parseInt(
                browser.driver().findElement(By.id(id)).getText().trim());
    }
}
