package dev.orderrelay.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Runs every path of the receiver with debug logging on and reads what it printed. */
@ReceiverIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneIntegrationTests {

    private static final String EMAIL = "jane.doe.private@example.com";
    private static final String ORDER = "{\"id\":820982911946154508,\"email\":\"" + EMAIL + "\","
            + "\"customer\":{\"first_name\":\"Jane\",\"last_name\":\"Doe\",\"email\":\"" + EMAIL + "\"}}";

    @LocalServerPort
    int port;

    @AfterEach
    void heal() {
        ReceiverTestStack.healAll();
    }

    @Test
    void logsNoSecretSignatureOrCustomerDataOnAnyPath(CapturedOutput output) throws Exception {
        List<TestWebhook> sent = new ArrayList<>();
        sent.add(TestWebhook.order(ORDER));
        sent.add(TestWebhook.order(ORDER).signedWith(ReceiverTestStack.PREVIOUS_SECRET));
        sent.add(TestWebhook.order(ORDER).signedWith("an-attackers-guess"));
        sent.add(TestWebhook.order(ORDER).without("X-Shopify-Topic"));
        sent.add(TestWebhook.order(ORDER + " ".repeat(260 * 1024)));
        for (TestWebhook webhook : sent) {
            webhook.postTo(port);
        }
        ReceiverTestStack.sqs().refuse();
        TestWebhook refused = TestWebhook.order(ORDER);
        sent.add(refused);
        assertThat(refused.postTo(port).statusCode()).isEqualTo(503);

        String logs = output.getAll();
        assertThat(logs)
                .as("the receiver logged its decisions at all")
                .contains(sent.get(0).webhookId())
                .contains(refused.webhookId());
        assertThat(logs)
                .doesNotContain(ReceiverTestStack.CURRENT_SECRET)
                .doesNotContain(ReceiverTestStack.PREVIOUS_SECRET)
                .doesNotContain(EMAIL)
                .doesNotContain("Jane")
                .doesNotContain("820982911946154508");
        for (TestWebhook webhook : sent) {
            assertThat(logs).doesNotContain(webhook.signature());
        }
    }
}
