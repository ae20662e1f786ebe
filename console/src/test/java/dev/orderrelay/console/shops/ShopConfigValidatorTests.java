package dev.orderrelay.console.shops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.orderrelay.console.ConsoleProperties;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShopConfigValidatorTests {

    private static final String SHOP = "demo.myshopify.com";

    private final ShopConfigValidator production = validator(false);
    private final ShopConfigValidator local = validator(true);

    @Test
    void turnsAValidDocumentIntoTheConfigurationToSave() {
        ShopConfig config = production.validate(
                SHOP,
                new ShopDocument(
                        null,
                        "ACTIVE",
                        Map.of("purchaseOn", "paid"),
                        List.of(webhook("merchant-webhook", "https://hooks.example.com/in?token=t"))));

        assertThat(config.shop()).isEqualTo(SHOP);
        assertThat(config.status()).isEqualTo(ShopStatus.ACTIVE);
        assertThat(config.policy()).containsEntry("purchaseOn", "paid");
        assertThat(config.destinations())
                .singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo("webhook"));
    }

    @Test
    void namesAPathShopThatIsNotAShopDomain() {
        assertThat(fields(production, "Demo.example.com", document(List.of()))).containsExactly("shop");
    }

    @Test
    void namesABodyShopThatDiffersFromThePath() {
        ShopDocument other = new ShopDocument("other.myshopify.com", "ACTIVE", null, null);

        assertThat(fields(production, SHOP, other)).containsExactly("shop");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "active", "PAUSED"})
    void namesAStatusThatIsNotActiveOrUninstalled(String status) {
        assertThat(fields(production, SHOP, new ShopDocument(null, status, null, null)))
                .containsExactly("status");
    }

    @Test
    void requiresAStatus() {
        assertThat(fields(production, SHOP, new ShopDocument(null, null, null, null)))
                .containsExactly("status");
    }

    @Test
    void namesEveryBadDestinationFieldByItsPath() {
        ShopDocument document = document(List.of(
                webhook("hook", "https://hooks.example.com/a"),
                ga4("hook", Map.of("measurementId", "G-ABC123DEF4")),
                new DestinationDocument("bad name", "mixpanel", null, "ref with spaces")));

        assertThat(fields(production, SHOP, document))
                .containsExactly(
                        "destinations[1].name",
                        "destinations[2].name",
                        "destinations[2].kind",
                        "destinations[2].credentialsRef");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://hooks.example.com/in",
                "hooks.example.com/in",
                "/relative/path",
                "ftp://hooks.example.com/in",
                "https://user:pass@hooks.example.com/in",
                "https://",
                "not a url at all",
                " "
            })
    void requiresAWebhookUrlThatIsAbsoluteHttpsWithoutCredentials(String url) {
        assertThat(fields(production, SHOP, document(List.of(webhook("hook", url)))))
                .containsExactly("destinations[0].settings.url");
    }

    @Test
    void requiresAWebhookUrl() {
        ShopDocument document =
                document(List.of(new DestinationDocument("hook", "webhook", Map.of(), "merchant-signing")));

        assertThat(fields(production, SHOP, document)).containsExactly("destinations[0].settings.url");
    }

    @Test
    void allowsPlainHttpOnlyWhereTheConsoleIsToldTo() {
        ShopDocument document = document(List.of(webhook("hook", "http://127.0.0.1:9000/in")));

        assertThat(local.validate(SHOP, document).destinations()).hasSize(1);
        InvalidShopConfigException refused =
                catchThrowableOfType(InvalidShopConfigException.class, () -> production.validate(SHOP, document));
        assertThat(refused.getMessage()).contains("relay.console.allow-http-destinations");
    }

    @Test
    void neverEchoesAWebhookUrlThatMayHoldAToken() {
        String url = "ftp://hooks.example.com/in?token=do-not-echo";

        InvalidShopConfigException refused = catchThrowableOfType(
                InvalidShopConfigException.class,
                () -> production.validate(SHOP, document(List.of(webhook("hook", url)))));

        assertThat(refused.getMessage()).doesNotContain("do-not-echo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"apiSecret", "api_key", "writeKey", "signing-secret", "password", "accessToken"})
    void refusesSettingsNamedLikeSecrets(String setting) {
        ShopDocument document =
                document(List.of(new DestinationDocument("cdp", "segment", Map.of(setting, "value"), "write-key")));

        assertThat(fields(production, SHOP, document)).containsExactly("destinations[0].settings." + setting);
    }

    @Test
    void namesAPolicyOrSettingWithoutAValue() {
        Map<String, String> policy = new HashMap<>();
        policy.put("purchaseOn", null);
        Map<String, String> settings = new HashMap<>();
        settings.put("measurementId", null);

        ShopDocument document = new ShopDocument(
                null, "ACTIVE", policy, List.of(new DestinationDocument("g", "ga4", settings, "ga4-secret")));

        assertThat(fields(production, SHOP, document))
                .containsExactly("policy.purchaseOn", "destinations[0].settings.measurementId");
    }

    @Test
    void namesEachKnownPolicyKeyWhoseValueTheWorkerCouldNotTake() {
        Map<String, String> policy = new java.util.LinkedHashMap<>();
        policy.put("purchaseOn", "fulfilled");
        policy.put("includeTestOrders", "yes");
        policy.put("excludedChannels", "pos;draft");
        policy.put("currency", "buyer");

        InvalidShopConfigException refused = catchThrowableOfType(
                InvalidShopConfigException.class,
                () -> production.validate(SHOP, new ShopDocument(null, "ACTIVE", policy, List.of())));

        assertThat(refused.violations())
                .extracting(FieldViolation::field)
                .containsExactly(
                        "policy.purchaseOn", "policy.includeTestOrders", "policy.excludedChannels", "policy.currency");
        assertThat(refused.getMessage()).contains("policy.currency: must be shop or presentment, got 'buyer'");
    }

    @Test
    void acceptsEveryKnownPolicyKeyWithAGoodValueAndKeysItDoesNotKnow() {
        Map<String, String> policy = Map.of(
                "purchaseOn", "create",
                "includeTestOrders", "true",
                "excludedChannels", "pos,shopify_draft_order",
                "currency", "presentment",
                "note", "anything goes here");

        ShopConfig config = production.validate(SHOP, new ShopDocument(null, "ACTIVE", policy, List.of()));

        assertThat(config.policy()).isEqualTo(policy);
    }

    @Test
    void namesADestinationThatIsNull() {
        ShopDocument document = new ShopDocument(null, "ACTIVE", null, Arrays.asList((DestinationDocument) null));

        assertThat(fields(production, SHOP, document)).containsExactly("destinations[0]");
    }

    private static List<String> fields(ShopConfigValidator validator, String shop, ShopDocument document) {
        InvalidShopConfigException refused =
                catchThrowableOfType(InvalidShopConfigException.class, () -> validator.validate(shop, document));
        assertThat(refused).as("the configuration was refused").isNotNull();
        List<String> fields =
                refused.violations().stream().map(FieldViolation::field).toList();
        assertThat(refused.getMessage()).contains(fields);
        return fields;
    }

    private static ShopDocument document(List<DestinationDocument> destinations) {
        return new ShopDocument(null, "ACTIVE", null, destinations);
    }

    private static DestinationDocument webhook(String name, String url) {
        return new DestinationDocument(name, "webhook", Map.of("url", url), "merchant-signing");
    }

    private static DestinationDocument ga4(String name, Map<String, String> settings) {
        return new DestinationDocument(name, "ga4", settings, "ga4-api-secret");
    }

    private static ShopConfigValidator validator(boolean allowHttp) {
        return new ShopConfigValidator(
                new ConsoleProperties(List.of(), allowHttp, "order-relay-ingest", null, null, null, null, null, null));
    }
}
