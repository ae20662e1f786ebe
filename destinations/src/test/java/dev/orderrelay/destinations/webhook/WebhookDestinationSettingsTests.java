package dev.orderrelay.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookDestinationSettingsTests {

    private final WebhookDestinationSettings defaults = WebhookDestinationSettings.defaults();

    @Test
    void defaultsToTwoSecondsToConnectTenToAnswerAndNoInternalTargets() {
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.responseTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.allowedTargets()).isEmpty();
    }

    @Test
    void namesATimeoutThatIsMissingZeroOrTooLong() {
        assertThatThrownBy(() -> defaults.withTimeouts(null, Duration.ofSeconds(1)))
                .hasMessageContaining("'connectTimeout' must be set");
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("'connectTimeout'");
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ofSeconds(1), Duration.ofNanos(999_999)))
                .hasMessageContaining("'responseTimeout'");
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ofSeconds(1), Duration.ofMinutes(6)))
                .hasMessageContaining("'responseTimeout'");
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .hasMessageContaining("'connectTimeout'");
    }

    @Test
    void namesAnAllowListEntryThatIsNeitherAHostNorABlock() {
        assertThatThrownBy(() -> defaults.withAllowedTargets(Set.of("10.0.0.0/40")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'allowedTargets'")
                .hasMessageContaining("10.0.0.0/40");
        Set<String> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> defaults.withAllowedTargets(withNull)).hasMessageContaining("'allowedTargets'");
    }

    @Test
    void namesAConnectionLimitOutOfRange() {
        assertThatThrownBy(() ->
                        new WebhookDestinationSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Set.of(), 0, 1))
                .hasMessageContaining("'maxConnections'");
        assertThatThrownBy(() ->
                        new WebhookDestinationSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Set.of(), 10, 11))
                .hasMessageContaining("'maxConnectionsPerHost'");
    }

    @Test
    void keepsItsOwnCopyOfTheAllowList() {
        Set<String> allowed = new HashSet<>(Set.of("127.0.0.1"));
        WebhookDestinationSettings settings = defaults.withAllowedTargets(allowed);

        allowed.add("10.0.0.0/8");

        assertThat(settings.allowedTargets()).containsExactly("127.0.0.1");
    }
}
