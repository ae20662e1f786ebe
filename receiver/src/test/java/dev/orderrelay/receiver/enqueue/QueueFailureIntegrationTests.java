package dev.orderrelay.receiver.enqueue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.receiver.IngestQueueTap;
import dev.orderrelay.receiver.ReceiverIntegrationTest;
import dev.orderrelay.receiver.ReceiverTestStack;
import dev.orderrelay.receiver.TestWebhook;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The failure-model row "queue unavailable or slow": 503 within the deadline, never a 200 not backed by SQS. */
@ReceiverIntegrationTest
class QueueFailureIntegrationTests {

    /** The deadline the shared test context runs with, plus slack for a busy machine; far below Shopify's 5 s. */
    private static final Duration ANSWER_WITHIN = Duration.ofMillis(1000 + 1500);

    private static final String ORDER = "{\"id\":820982911946154508}";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void heal() {
        ReceiverTestStack.healAll();
    }

    @Test
    void answers503WhenTheQueueIsDownAndNothingIsQueued() throws Exception {
        ReceiverTestStack.sqs().refuse();
        TestWebhook webhook = TestWebhook.order(ORDER);

        HttpResponse<String> response = webhook.postTo(port);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"code\":\"queue-unavailable\"");
        ReceiverTestStack.healAll();
        assertThat(IngestQueueTap.wasEverQueued(webhook.webhookId())).isFalse();
        assertThat(unavailable(webhook.shop())).isEqualTo(1);
    }

    @Test
    void answers503WithinTheDeadlineWhenTheQueueHangs() throws Exception {
        ReceiverTestStack.sqs().hang();
        TestWebhook webhook = TestWebhook.order(ORDER);

        long started = System.nanoTime();
        HttpResponse<String> response = webhook.postTo(port);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(ANSWER_WITHIN);
    }

    @Test
    void answers503WhenTheQueueAnswersOnlyAfterTheDeadline() throws Exception {
        ReceiverTestStack.sqs().delay(Duration.ofMillis(1500));

        assertThat(TestWebhook.order(ORDER).postTo(port).statusCode()).isEqualTo(503);
    }

    @Test
    void answers503WhenStorageIsDownForALargeBodyAndQueuesNothing() throws Exception {
        ReceiverTestStack.s3().refuse();
        TestWebhook webhook = TestWebhook.withBody(new byte[250 * 1024]);

        assertThat(webhook.postTo(port).statusCode()).isEqualTo(503);

        ReceiverTestStack.healAll();
        assertThat(IngestQueueTap.wasEverQueued(webhook.webhookId())).isFalse();
    }

    @Test
    void recoversAsSoonAsTheQueueIsBack() throws Exception {
        ReceiverTestStack.sqs().refuse();
        assertThat(TestWebhook.order(ORDER).postTo(port).statusCode()).isEqualTo(503);

        ReceiverTestStack.healAll();

        TestWebhook webhook = TestWebhook.order(ORDER);
        assertThat(webhook.postTo(port).statusCode()).isEqualTo(200);
        assertThat(IngestQueueTap.wasEverQueued(webhook.webhookId())).isTrue();
    }

    /**
     * Concurrent webhooks while the queue goes up, down, hung and up again: whatever the timing, every webhook
     * answered 200 is on the queue. (A 503 one may be too: SQS may accept after the deadline; Shopify's retry
     * then becomes a duplicate the worker drops by webhook id.)
     */
    @Test
    void neverAnswers200ForAMessageSqsDidNotAccept() throws Exception {
        Set<String> answered200 = ConcurrentHashMap.newKeySet();
        List<Runnable> faults = List.of(
                () -> ReceiverTestStack.sqs().pass(),
                () -> ReceiverTestStack.sqs().refuse(),
                () -> ReceiverTestStack.sqs().hang(),
                () -> ReceiverTestStack.sqs().delay(Duration.ofMillis(700)),
                () -> ReceiverTestStack.sqs().pass());
        int perPhase = 20;
        int non200 = 0;
        try (ExecutorService clients = Executors.newFixedThreadPool(20)) {
            for (Runnable fault : faults) {
                fault.run();
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < perPhase; i++) {
                    answers.add(clients.submit(() -> {
                        TestWebhook webhook = TestWebhook.order(ORDER);
                        int status = webhook.postTo(port).statusCode();
                        if (status == 200) {
                            answered200.add(webhook.webhookId());
                        }
                        return status;
                    }));
                }
                for (Future<Integer> answer : answers) {
                    int status = answer.get();
                    assertThat(status).isIn(200, 503);
                    non200 += status == 200 ? 0 : 1;
                }
            }
        }
        ReceiverTestStack.healAll();

        assertThat(answered200).hasSizeGreaterThanOrEqualTo(2 * perPhase);
        assertThat(non200).isGreaterThanOrEqualTo(perPhase);
        IngestQueueTap.drain();
        for (String webhookId : answered200) {
            assertThat(IngestQueueTap.seen(webhookId))
                    .as("webhook %s was answered 200", webhookId)
                    .isTrue();
        }
    }

    private double unavailable(String shop) {
        var counter = meters.find("relay.webhooks")
                .tag("outcome", "unavailable")
                .tag("shop", shop)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
