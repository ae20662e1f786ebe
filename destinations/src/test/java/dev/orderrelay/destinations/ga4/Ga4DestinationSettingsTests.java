package dev.orderrelay.destinations.ga4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ga4DestinationSettingsTests {

    @Test
    void defaultsToGa4sGlobalAndEuEndpoints() {
        Ga4DestinationSettings settings = Ga4DestinationSettings.defaults();

        assertThat(settings.global().collect()).hasToString("https://www.google-analytics.com/mp/collect");
        assertThat(settings.global().validation()).hasToString("https://www.google-analytics.com/debug/mp/collect");
        assertThat(settings.eu().collect()).hasToString("https://region1.google-analytics.com/mp/collect");
        assertThat(settings.eu().validation()).hasToString("https://region1.google-analytics.com/debug/mp/collect");
        assertThat(settings.endpoints(Ga4Region.EU)).isEqualTo(settings.eu());
        assertThat(settings.endpoints(Ga4Region.GLOBAL)).isEqualTo(settings.global());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.google-analytics.com/mp/collect?api_secret=x",
                "https://user:pw@www.google-analytics.com/mp/collect",
                "ftp://www.google-analytics.com/mp/collect",
                "/mp/collect"
            })
    void refusesAnEndpointThatIsNotAPlainHttpUrl(String endpoint) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ga4Endpoints(URI.create(endpoint), Ga4Endpoints.GLOBAL))
                .withMessageContaining("ga4 setting 'collect'")
                .withMessageNotContaining("api_secret=x")
                .withMessageNotContaining("pw");
    }

    @Test
    void refusesTimeoutsOutOfRangeNamingTheSetting() {
        Ga4DestinationSettings defaults = Ga4DestinationSettings.defaults();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .withMessageContaining("'connectTimeout'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.withTimeouts(Duration.ofSeconds(1), Duration.ofMinutes(6)))
                .withMessageContaining("'responseTimeout'");
    }

    @Test
    void refusesFewerThanOneConnection() {
        Ga4DestinationSettings defaults = Ga4DestinationSettings.defaults();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Ga4DestinationSettings(
                        defaults.global(), defaults.eu(), defaults.connectTimeout(), defaults.responseTimeout(), 0))
                .withMessageContaining("'maxConnections'");
    }
}
