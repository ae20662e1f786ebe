package dev.orderrelay.ledger.shops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShopRegistryIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final ShopRegistry shops =
            new ShopRegistry(LEDGER.enhanced(), LEDGER.tables(), new MutableClock(Instant.EPOCH));
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";

    @Test
    void savesAndReadsAShopWithItsDestinations() {
        ShopConfig config = new ShopConfig(
                shop,
                ShopStatus.ACTIVE,
                Map.of("purchaseOn", "paid"),
                List.of(new DestinationConfig(
                        "merchant-webhook",
                        "webhook",
                        Map.of("url", "https://hooks.example.com/orders"),
                        "demo-hook")));

        shops.save(config);

        assertThat(shops.find(shop)).contains(config);
    }

    @Test
    void replacesTheWholeConfiguration() {
        shops.save(new ShopConfig(
                shop,
                ShopStatus.ACTIVE,
                Map.of(),
                List.of(new DestinationConfig("a", "webhook", Map.of("url", "https://a.example.com"), "a"))));

        shops.save(new ShopConfig(shop, ShopStatus.UNINSTALLED, Map.of(), List.of()));

        ShopConfig now = shops.find(shop).orElseThrow();
        assertThat(now.status()).isEqualTo(ShopStatus.UNINSTALLED);
        assertThat(now.destinations()).isEmpty();
    }

    @Test
    void knowsNothingOfAShopNeverSaved() {
        assertThat(shops.find("never-" + shop)).isEmpty();
    }

    @Test
    void refusesConfigurationsThatCannotWork() {
        assertThatThrownBy(() -> new ShopConfig("example.com", ShopStatus.ACTIVE, null, null))
                .hasMessageContaining("myshopify.com");
        assertThatThrownBy(() -> new DestinationConfig("x", "carrier-pigeon", null, null))
                .hasMessageContaining("carrier-pigeon");
        DestinationConfig twice = new DestinationConfig("same", "webhook", null, null);
        assertThatThrownBy(() -> new ShopConfig(shop, ShopStatus.ACTIVE, null, List.of(twice, twice)))
                .hasMessageContaining("two destinations named 'same'");
    }
}
