package dev.orderrelay.receiver.enqueue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.core.envelope.Sha256;
import dev.orderrelay.receiver.IngestQueueTap;
import dev.orderrelay.receiver.ReceiverIntegrationTest;
import dev.orderrelay.receiver.ReceiverTestStack;
import dev.orderrelay.receiver.TestWebhook;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ReceiverIntegrationTest
class ClaimCheckIntegrationTests {

    private static final Duration QUEUE_WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Test
    void storesALargeBodyByReferenceAndRestoresItByteForByte() throws Exception {
        byte[] body = largeOrder(300 * 1024);
        TestWebhook webhook = TestWebhook.withBody(body);

        assertThat(webhook.postTo(port).statusCode()).isEqualTo(200);

        Envelope envelope = IngestQueueTap.await(webhook.webhookId(), QUEUE_WAIT)
                .orElseThrow()
                .envelope();
        assertThat(envelope.hasInlineBody()).isFalse();
        assertThat(envelope.bodySha256()).isEqualTo(Sha256.hex(body));
        assertThat(envelope.bodyRef().bucket()).isEqualTo("order-relay-bodies");
        assertThat(EnvelopeJson.utf8Size(EnvelopeJson.write(envelope))).isLessThan(4096);
        byte[] stored = storedBody(envelope);
        assertThat(stored).isEqualTo(body);
        assertThat(Sha256.hex(stored)).isEqualTo(envelope.bodySha256());
    }

    @Test
    void keepsABodyJustUnderTheInlineLimitInline() throws Exception {
        byte[] body = largeOrder(150 * 1024);
        TestWebhook webhook = TestWebhook.withBody(body);

        assertThat(webhook.postTo(port).statusCode()).isEqualTo(200);

        Envelope envelope = IngestQueueTap.await(webhook.webhookId(), QUEUE_WAIT)
                .orElseThrow()
                .envelope();
        assertThat(envelope.hasInlineBody()).isTrue();
        assertThat(envelope.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void sendsABodyThatIsNotUtf8ByReferenceSoNotOneByteChanges() throws Exception {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
        TestWebhook webhook = TestWebhook.withBody(body);

        assertThat(webhook.postTo(port).statusCode()).isEqualTo(200);

        Envelope envelope = IngestQueueTap.await(webhook.webhookId(), QUEUE_WAIT)
                .orElseThrow()
                .envelope();
        assertThat(envelope.hasInlineBody()).isFalse();
        byte[] stored = storedBody(envelope);
        assertThat(stored).isEqualTo(body);
    }

    private static byte[] storedBody(Envelope envelope) {
        return ReceiverTestStack.devstack()
                .s3()
                .getObjectAsBytes(b -> b.bucket(envelope.bodyRef().bucket())
                        .key(envelope.bodyRef().key()))
                .asByteArray();
    }

    private static byte[] largeOrder(int approximateBytes) {
        StringBuilder json = new StringBuilder("{\"id\":820982911946154508,\"line_items\":[");
        int item = 0;
        while (json.length() < approximateBytes) {
            json.append(item == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(466157049L + item)
                    .append(",\"title\":\"Crème brûlée \\\"deluxe\\\" 東京 ")
                    .append(item++)
                    .append("\",\"quantity\":1,\"price\":\"9.99\"}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}
