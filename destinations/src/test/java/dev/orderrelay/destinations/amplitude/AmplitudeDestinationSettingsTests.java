package dev.orderrelay.destinations.amplitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AmplitudeDestinationSettingsTests {

    private final AmplitudeDestinationSettings defaults = AmplitudeDestinationSettings.defaults();

    @Test
    void postsToAmplitudesOwnEndpointsByDefault() {
        assertThat(defaults.endpoint(AmplitudeRegion.US)).isEqualTo(URI.create("https://api2.amplitude.com/2/httpapi"));
        assertThat(defaults.endpoint(AmplitudeRegion.EU))
                .isEqualTo(URI.create("https://api.eu.amplitude.com/2/httpapi"));
        assertThat(defaults.maxEventsPerRequest()).isEqualTo(2000);
        assertThat(defaults.maxRequestBytes()).isEqualTo(1_000_000);
    }

    @Test
    void joinsTheApiPathToABaseWithATrailingSlash() {
        AmplitudeDestinationSettings local = defaults.withEndpoints(
                URI.create("http://127.0.0.1:9090/amplitude/"), URI.create("http://127.0.0.1:9091"));

        assertThat(local.endpoint(AmplitudeRegion.US))
                .isEqualTo(URI.create("http://127.0.0.1:9090/amplitude/2/httpapi"));
        assertThat(local.endpoint(AmplitudeRegion.EU)).isEqualTo(URI.create("http://127.0.0.1:9091/2/httpapi"));
    }

    @Test
    void refusesAnEndpointThatIsNoPlainHttpBaseNamingTheSetting() {
        assertThatThrownBy(() -> defaults.withEndpoints(URI.create("ftp://example.com"), defaults.euEndpoint()))
                .hasMessageContaining("'usEndpoint'");
        assertThatThrownBy(() -> defaults.withEndpoints(defaults.usEndpoint(), URI.create("https://x.example/?k=v")))
                .hasMessageContaining("'euEndpoint'");
        assertThatThrownBy(() -> defaults.withEndpoints(null, defaults.euEndpoint()))
                .hasMessageContaining("'usEndpoint'");
    }

    @Test
    void refusesLimitsBeyondAmplitudesNamingTheSetting() {
        assertThatThrownBy(() -> defaults.withLimits(2001, 1_000_000)).hasMessageContaining("'maxEventsPerRequest'");
        assertThatThrownBy(() -> defaults.withLimits(0, 1_000_000)).hasMessageContaining("'maxEventsPerRequest'");
        assertThatThrownBy(() -> defaults.withLimits(2000, 1_000_001)).hasMessageContaining("'maxRequestBytes'");
        assertThatThrownBy(() -> defaults.withLimits(2000, 100)).hasMessageContaining("'maxRequestBytes'");
    }

    @Test
    void refusesTimeoutsOutsideTheirRangeNamingTheSetting() {
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessageContaining("'connectTimeout'");
        assertThatThrownBy(() -> defaults.withTimeouts(Duration.ofSeconds(1), Duration.ofMinutes(6)))
                .hasMessageContaining("'responseTimeout'");
    }

    @Test
    void refusesAPoolWithoutConnections() {
        assertThatThrownBy(() -> new AmplitudeDestinationSettings(
                        defaults.usEndpoint(),
                        defaults.euEndpoint(),
                        defaults.connectTimeout(),
                        defaults.responseTimeout(),
                        2000,
                        1_000_000,
                        0))
                .hasMessageContaining("'maxConnections'");
    }
}
