package dev.orderrelay.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Drives the console's paths with debug logging on and reads what it printed. */
@ConsoleIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void logsNoPasswordAuthorizationHeaderOrWebhookUrl(CapturedOutput output) {
        String shop = ConsoleFixtures.freshShop();
        ConsoleApiClient admin = ConsoleApiClient.as(port, ConsoleTestStack.ADMIN, ConsoleTestStack.ADMIN_PASSWORD);
        ConsoleApiClient viewer = ConsoleApiClient.as(port, ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD);
        ConsoleApiClient intruder = ConsoleApiClient.as(port, ConsoleTestStack.ADMIN, "guessed-pw-0a9f3e");

        admin.put("/api/shops/" + shop, ConsoleFixtures.forShop("shop-config.json", shop));
        admin.put("/api/shops/" + shop, "{\"status\": \"ACTIVE\", \"destinations\": [{\"name\": \"x\"}]}");
        viewer.get("/api/shops/" + shop);
        viewer.put("/api/shops/" + shop, "{\"status\": \"ACTIVE\"}");
        intruder.get("/api/shops/" + shop);
        ConsoleApiClient.anonymous(port).get("/api/shops/" + shop);

        String logs = output.getAll();
        assertThat(logs).as("the console logged its decisions at all").contains("shop=" + shop);
        assertThat(logs)
                .doesNotContain(ConsoleTestStack.ADMIN_PASSWORD)
                .doesNotContain(ConsoleTestStack.ADMIN_ENCODED.substring("{bcrypt}".length()))
                .doesNotContain(ConsoleTestStack.VIEWER_PASSWORD)
                .doesNotContain(ConsoleTestStack.SUPPORT_PASSWORD)
                .doesNotContain("guessed-pw-0a9f3e")
                .doesNotContain(ConsoleApiClient.basic(ConsoleTestStack.ADMIN, ConsoleTestStack.ADMIN_PASSWORD))
                .doesNotContain(ConsoleApiClient.basic(ConsoleTestStack.VIEWER, ConsoleTestStack.VIEWER_PASSWORD))
                .doesNotContain("token=abc123");
    }
}
