package dev.orderrelay.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.DestinationSecret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WebhookSignerTests {

    /** The example from the Standard Webhooks spec, reproduced with openssl (see the fixture's source). */
    private static final JsonNode VECTOR = DestinationFixtures.json("standard-webhooks-vector.json");

    @Test
    void reproducesTheStandardWebhooksTestVector() {
        WebhookSigner signer = WebhookSigner.from(DestinationSecret.of(text("secret")));

        assertThat(signer.sign(text("msgId"), VECTOR.get("timestamp").asLong(), body()))
                .isEqualTo(text("signature"));
    }

    @Test
    void takesASecretWithoutItsPrefixAsTheSameBase64Key() {
        String bare = text("secret").substring("whsec_".length());

        assertThat(WebhookSigner.from(DestinationSecret.of(bare)).sign(text("msgId"), 1614265330L, body()))
                .isEqualTo(text("signature"));
    }

    @Test
    void signsOncePerSecondDuringARotationInTheOrderGiven() {
        String other = "whsec_b3RoZXIgc2VjcmV0IGtleSAyNCBieXRlcw==";
        WebhookSigner signer = WebhookSigner.from(DestinationSecret.of(text("secret") + "  " + other));

        String header = signer.sign(text("msgId"), 1614265330L, body());

        assertThat(header.split(" ")).hasSize(2);
        assertThat(header).startsWith(text("signature") + " v1,");
    }

    @Test
    void refusesASecretThatIsNotBase64WithoutQuotingIt() {
        assertThatThrownBy(() -> WebhookSigner.from(DestinationSecret.of("whsec_pa$$word")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base64")
                .hasMessageNotContaining("pa$$word");
    }

    @Test
    void refusesAnEmptyKeyAndAMissingSecret() {
        assertThatThrownBy(() -> WebhookSigner.from(DestinationSecret.of("whsec_")))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> WebhookSigner.from(DestinationSecret.none()))
                .hasMessageContaining("no signing secret");
    }

    private static String text(String field) {
        return VECTOR.get(field).asString();
    }

    private static byte[] body() {
        return text("body").getBytes(StandardCharsets.UTF_8);
    }
}
