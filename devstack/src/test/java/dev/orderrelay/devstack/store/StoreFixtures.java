package dev.orderrelay.devstack.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads this package's fixtures from {@code src/test/resources/fixtures/store}. */
final class StoreFixtures {

    /** A signature computed outside Java (openssl), to check our signer against. */
    record HmacVector(String secret, String body, String signature) {}

    /** The app secret every store under test signs with. */
    static final String SECRET = "shpss_test_secret";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private StoreFixtures() {}

    /**
     * Settings for a store posting to {@code webhookUrl}: no automatic orders, no duplicates or large orders unless a
     * test asks, and a retry schedule compressed to milliseconds.
     */
    static SimulatedStoreSettingsBuilder settings(URI webhookUrl) {
        return SimulatedStoreSettings.defaults(webhookUrl).toBuilder()
                .ordersPerMinute(0)
                .paidDelay(Duration.ofMillis(100))
                .duplicateRate(0)
                .largeOrderRate(0)
                .retryBaseDelay(Duration.ofMillis(20))
                .maxRetries(3)
                .responseTimeout(Duration.ofSeconds(2))
                .seed(7);
    }

    static List<HmacVector> hmacVectors() {
        List<HmacVector> vectors = new ArrayList<>();
        for (JsonNode vector : read("hmac-vectors.json").get("vectors")) {
            vectors.add(new HmacVector(
                    vector.get("secret").asString(),
                    vector.get("body").asString(),
                    vector.get("signature").asString()));
        }
        return vectors;
    }

    /** A trimmed Shopify {@code orders/create} sample: the fields and JSON types our payloads must match. */
    static JsonNode ordersCreateSample() {
        return read("orders-create-sample.json");
    }

    private static JsonNode read(String name) {
        String path = "/fixtures/store/" + name;
        try (InputStream in = StoreFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing from the test classpath: " + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
