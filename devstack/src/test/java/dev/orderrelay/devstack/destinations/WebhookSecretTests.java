package dev.orderrelay.devstack.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a destination's signing secret is read and kept out of sight. */
class WebhookSecretTests {

    @Test
    void decodesTheBase64AfterThePrefix() {
        assertThat(WebhookSecret.of("whsec_a2V5").key()).isEqualTo("key".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsTheSecretWithoutItsPrefix() {
        assertThat(WebhookSecret.of("a2V5").key())
                .isEqualTo(WebhookSecret.of("whsec_a2V5").key());
    }

    @Test
    void rejectsAnEmptySecret() {
        assertThatThrownBy(() -> WebhookSecret.of("whsec_"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("webhook secret must not be empty");
    }

    @Test
    void rejectsNonBase64WithoutQuotingIt() {
        assertThatThrownBy(() -> WebhookSecret.of("whsec_s3cr*t!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cr");
    }

    @Test
    void neverPrintsTheKey() {
        assertThat(WebhookSecret.of("whsec_a2V5")).hasToString("WebhookSecret[****]");
    }
}
