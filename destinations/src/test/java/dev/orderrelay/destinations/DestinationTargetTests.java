package dev.orderrelay.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DestinationTargetTests {

    private static final String TOKEN_URL = "https://hooks.example.com/in?token=s3cr3t-token";

    @Test
    void printsNeitherTheSecretNorTheSettingValues() {
        DestinationTarget target = new DestinationTarget(
                "ops-webhook",
                DestinationKind.WEBHOOK,
                Map.of("url", TOKEN_URL),
                DestinationSecret.of(DestinationFixtures.WEBHOOK_SECRET));

        assertThat(target.toString())
                .contains("ops-webhook")
                .contains("webhook")
                .contains("url")
                .doesNotContain("s3cr3t-token")
                .doesNotContain(DestinationFixtures.WEBHOOK_SECRET);
    }

    @Test
    void masksASecretWhereverItIsPrinted() {
        DestinationSecret secret = DestinationSecret.of("api-key-123");

        assertThat(secret.toString()).doesNotContain("api-key-123").contains("****");
        assertThat(String.valueOf(DestinationSecret.none())).isEqualTo("DestinationSecret[none]");
        assertThat(secret.reveal()).isEqualTo("api-key-123");
    }

    @Test
    void treatsABlankSettingAsMissing() {
        DestinationTarget target = new DestinationTarget(
                "t", DestinationKind.WEBHOOK, Map.of("url", " ", "other", "x"), DestinationSecret.none());

        assertThat(target.setting("url")).isEmpty();
        assertThat(target.setting("absent")).isEmpty();
        assertThat(target.setting("other")).contains("x");
    }

    @Test
    void keepsItsOwnCopyOfTheSettings() {
        Map<String, String> settings = new HashMap<>(Map.of("url", TOKEN_URL));
        DestinationTarget target =
                new DestinationTarget("t", DestinationKind.WEBHOOK, settings, DestinationSecret.none());

        settings.put("url", "http://169.254.169.254/");

        assertThat(target.setting("url")).contains(TOKEN_URL);
    }

    @Test
    void refusesABlankSecretAndANamelessTarget() {
        assertThatThrownBy(() -> DestinationSecret.of(" ")).hasMessageContaining("none()");
        assertThatThrownBy(() -> new DestinationTarget(" ", DestinationKind.GA4, Map.of(), DestinationSecret.none()))
                .hasMessageContaining("name");
    }
}
