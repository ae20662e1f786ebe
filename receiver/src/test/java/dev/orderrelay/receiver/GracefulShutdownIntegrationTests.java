package dev.orderrelay.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** SIGTERM drains: a request already waiting on SQS when shutdown starts still gets its 200, and is queued. */
class GracefulShutdownIntegrationTests {

    @AfterEach
    void heal() {
        ReceiverTestStack.healAll();
    }

    @Test
    void finishesInFlightWebhooksBeforeStopping() throws Exception {
        ConfigurableApplicationContext receiver = start();
        int port = ((WebServerApplicationContext) receiver).getWebServer().getPort();
        MeterRegistry meters = receiver.getBean(MeterRegistry.class);
        // Slow enough to be in flight when shutdown starts; the deadline below leaves a loaded machine room for the
        // proxy's delay on every round trip (it once took 3 s on CI and answered 503).
        ReceiverTestStack.sqs().delay(Duration.ofMillis(400));
        TestWebhook webhook = TestWebhook.order("{\"id\":820982911946154508}");

        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return webhook.postTo(port);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> activeRequests(meters) > 0);
        receiver.close();

        assertThat(inFlight.get().statusCode()).isEqualTo(200);
        ReceiverTestStack.healAll();
        assertThat(IngestQueueTap.wasEverQueued(webhook.webhookId())).isTrue();
        assertThat(receiver.isActive()).isFalse();
    }

    private static int activeRequests(MeterRegistry meters) {
        LongTaskTimer active = meters.find("http.server.requests.active").longTaskTimer();
        return active == null ? 0 : active.activeTasks();
    }

    private static ConfigurableApplicationContext start() {
        Map<String, Object> properties = ReceiverTestStack.properties();
        properties.put("server.port", "0");
        properties.put("relay.receiver.enqueue-deadline", "4500ms");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        return new SpringApplicationBuilder(ReceiverApplication.class)
                .properties(properties)
                .run();
    }
}
