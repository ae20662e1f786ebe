package dev.orderrelay.worker.enrich;

import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.worker.TestEnvelopes;
import dev.orderrelay.worker.credentials.CredentialSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A shop, its Admin API token, enrichment settings and the paid order of the fixtures with attribution added. */
final class EnrichmentFixtures {

    static final String SHOP = "demo.myshopify.com";
    static final String TOKEN_REF = "demo-shopify-admin";
    static final String TOKEN = "shpat_test_token";
    static final String ORDER_ID = "820982911946154508";
    static final String PRODUCT_ID = "632910392";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EnrichmentFixtures() {}

    static ShopConfig shop() {
        return new ShopConfig(SHOP, ShopStatus.ACTIVE, Map.of(), List.of(), TOKEN_REF);
    }

    static ShopConfig shopWithoutAdminApi() {
        return new ShopConfig(SHOP, ShopStatus.ACTIVE, Map.of(), List.of(), null);
    }

    /** Credentials holding the shop's token, or none when {@code token} is null. */
    static CredentialSource credentials(String token) {
        return new CredentialSource() {
            @Override
            public DestinationSecret find(String credentialsRef) {
                return token != null && TOKEN_REF.equals(credentialsRef)
                        ? DestinationSecret.of(token)
                        : DestinationSecret.none();
            }

            @Override
            public String description() {
                return "test credentials";
            }
        };
    }

    /** Defaults with the Admin API at {@code endpoint}, this timeout and a breaker opening after 2 failures of 2. */
    static EnrichmentProperties properties(URI endpoint, Duration timeout) {
        return new EnrichmentProperties(
                true,
                timeout,
                true,
                new EnrichmentProperties.Cache(100, Duration.ofHours(1), 100),
                new EnrichmentProperties.Breaker(50, 2, 2, Duration.ofMinutes(5), 1),
                new EnrichmentProperties.Shopify("2026-10", endpoint, Duration.ofSeconds(1)));
    }

    /** The fixtures' paid order, as a REST webhook body, with a campaign landing page and the storefront's ids. */
    static String attributedOrder() {
        ObjectNode order = (ObjectNode) JSON.readTree(TestEnvelopes.paidOrder());
        order.put(
                "landing_site",
                "/products/creme-brulee?utm_source=google&utm_medium=cpc&utm_campaign=autumn_sale&gclid=Cj0KCQjwAbC");
        order.put("referring_site", "https://www.google.com/");
        order.putArray("note_attributes")
                .add(JSON.createObjectNode().put("name", "_ga").put("value", "GA1.1.1234567890.1700000000"))
                .add(JSON.createObjectNode().put("name", "_ga_session_id").put("value", "1700000000"))
                .add(JSON.createObjectNode().put("name", "ajs_anonymous_id").put("value", "anon-42"))
                .add(JSON.createObjectNode().put("name", "amplitude_device_id").put("value", "device-42"));
        return JSON.writeValueAsString(order);
    }
}
