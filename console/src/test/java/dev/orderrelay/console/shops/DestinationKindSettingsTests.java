package dev.orderrelay.console.shops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderrelay.console.ConsoleProperties;
import dev.orderrelay.ledger.shops.DestinationConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each destination kind takes in its settings and credentialsRef, as a {@code PUT} is validated. */
class DestinationKindSettingsTests {

    private static final String SHOP = "demo.myshopify.com";

    private final ShopConfigValidator validator = new ShopConfigValidator(
            new ConsoleProperties(List.of(), false, "order-relay-ingest", null, null, null, null, null, null));
    private int counter;

    @Test
    void acceptsEveryKindWithAllItsSettings() {
        List<DestinationConfig> saved = validator
                .validate(
                        SHOP,
                        document(
                                destination("webhook", Map.of("url", "https://hooks.example.com/in")),
                                destination(
                                        "ga4",
                                        Map.of("measurementId", "G-ABC123DEF4", "validate", "true", "region", "eu")),
                                destination("segment", Map.of("region", "eu", "affiliation", "Northwind EU")),
                                destination("amplitude", Map.of("region", "us"))))
                .destinations();

        assertThat(saved).extracting(DestinationConfig::kind).containsExactly("webhook", "ga4", "segment", "amplitude");
        assertThat(saved.get(1).settings()).containsEntry("measurementId", "G-ABC123DEF4");
    }

    @Test
    void acceptsTheOptionalSettingsLeftOut() {
        assertThat(validator
                        .validate(
                                SHOP,
                                document(
                                        destination("ga4", Map.of("measurementId", "G-1234")),
                                        destination("segment", Map.of()),
                                        destination("amplitude", null)))
                        .destinations())
                .hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"webhook", "ga4", "segment", "amplitude"})
    void requiresEveryKindToNameItsSecret(String kind) {
        Map<String, String> settings = switch (kind) {
            case "webhook" -> Map.of("url", "https://hooks.example.com/in");
            case "ga4" -> Map.of("measurementId", "G-ABC123DEF4");
            default -> Map.of();
        };
        ShopDocument document = document(new DestinationDocument("d", kind, settings, null));

        InvalidShopConfigException refused = refuse(document);

        assertThat(fields(refused)).containsExactly("destinations[0].credentialsRef");
        assertThat(refused.getMessage()).contains("needs the name of the secret holding");
    }

    @Test
    void requiresAGa4MeasurementId() {
        InvalidShopConfigException refused = refuse(document(destination("ga4", Map.of("validate", "false"))));

        assertThat(fields(refused)).containsExactly("destinations[0].settings.measurementId");
        assertThat(refused.getMessage()).contains("Measurement ID");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"UA-12345678-1", "g-abc123def4", "G-abc123def4", "G-", "G-ABC", "ABC123DEF4", "G-ABC 123", ""})
    void refusesAValueThatIsNotAGa4MeasurementId(String measurementId) {
        assertThat(fields(refuse(document(destination("ga4", Map.of("measurementId", measurementId))))))
                .containsExactly("destinations[0].settings.measurementId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "TRUE", "1", ""})
    void refusesAGa4ValidateSwitchThatIsNotTrueOrFalse(String validate) {
        ShopDocument document =
                document(destination("ga4", Map.of("measurementId", "G-ABC123DEF4", "validate", validate)));

        assertThat(fields(refuse(document))).containsExactly("destinations[0].settings.validate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"segment", "amplitude"})
    void refusesARegionOtherThanUsOrEu(String kind) {
        ShopDocument document = document(
                destination(kind, Map.of("region", "us")),
                destination(kind, Map.of("region", "EU")),
                destination(kind, Map.of("region", "de")));

        InvalidShopConfigException refused = refuse(document);

        assertThat(fields(refused))
                .containsExactly("destinations[1].settings.region", "destinations[2].settings.region");
        assertThat(refused.getMessage()).contains("must be us or eu");
    }

    @Test
    void refusesAGa4RegionOtherThanGlobalOrEu() {
        ShopDocument document = document(
                destination("ga4", Map.of("measurementId", "G-ABC123DEF4", "region", "global")),
                destination("ga4", Map.of("measurementId", "G-ABC123DEF4", "region", "us")));

        InvalidShopConfigException refused = refuse(document);

        assertThat(fields(refused)).containsExactly("destinations[1].settings.region");
        assertThat(refused.getMessage()).contains("must be global or eu");
    }

    @Test
    void refusesAMisspeltSettingNamingTheKnownOnes() {
        ShopDocument document = document(
                destination("webhook", Map.of("url", "https://hooks.example.com/in")),
                destination("ga4", Map.of("measurmentId", "G-ABC123DEF4")));

        InvalidShopConfigException refused = refuse(document);

        assertThat(fields(refused))
                .containsExactly("destinations[1].settings.measurmentId", "destinations[1].settings.measurementId");
        assertThat(refused.violations().getFirst().detail())
                .contains(
                        "not a setting of a ga4 destination", "did you mean measurementId?", "measurementId, validate");
    }

    @Test
    void refusesASettingAnotherKindTakes() {
        ShopDocument document =
                document(destination("webhook", Map.of("url", "https://h.example.com", "region", "eu")));

        InvalidShopConfigException refused = refuse(document);

        assertThat(fields(refused)).containsExactly("destinations[0].settings.region");
        assertThat(refused.getMessage()).contains("its settings are url").doesNotContain("did you mean");
    }

    @Test
    void leavesTheSettingsOfAnUnknownKindToTheKindError() {
        ShopDocument document = document(new DestinationDocument("d", "mixpanel", Map.of("project", "p"), null));

        assertThat(fields(refuse(document))).containsExactly("destinations[0].kind");
    }

    private InvalidShopConfigException refuse(ShopDocument document) {
        InvalidShopConfigException refused =
                catchThrowableOfType(InvalidShopConfigException.class, () -> validator.validate(SHOP, document));
        assertThat(refused).as("the configuration was refused").isNotNull();
        return refused;
    }

    private static List<String> fields(InvalidShopConfigException refused) {
        return refused.violations().stream().map(FieldViolation::field).toList();
    }

    private static ShopDocument document(DestinationDocument... destinations) {
        return new ShopDocument(null, "ACTIVE", null, List.of(destinations));
    }

    private DestinationDocument destination(String kind, Map<String, String> settings) {
        return new DestinationDocument(kind + "-" + ++counter, kind, settings, kind + "-secret");
    }
}
