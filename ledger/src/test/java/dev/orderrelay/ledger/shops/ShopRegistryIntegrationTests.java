package dev.orderrelay.ledger.shops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
    void pagesThroughEveryShopOfTheDirectoryInDomainOrderWithoutAScan() {
        // A directory of its own: the index has one partition for every shop of the table.
        TestLedger own = TestLedger.create();
        ShopRegistry registry = new ShopRegistry(own.enhanced(), own.tables(), new MutableClock(Instant.EPOCH));
        List<String> domains = new ArrayList<>();
        for (int i = 11; i >= 1; i--) {
            String domain = String.format("shop-%02d.myshopify.com", i);
            registry.save(new ShopConfig(domain, ShopStatus.ACTIVE, Map.of(), List.of()));
            domains.add(domain);
        }
        Collections.sort(domains);

        List<List<String>> pages = new ArrayList<>();
        String after = null;
        do {
            ShopRegistry.DirectoryPage page = registry.page(after, 5);
            pages.add(page.shops().stream().map(ShopConfig::shop).toList());
            after = page.next();
        } while (after != null && pages.size() < 10);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).hasSize(5);
        assertThat(pages.get(2)).containsExactly("shop-11.myshopify.com");
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(domains);
    }

    @Test
    void endsTheDirectoryWithoutAnEmptyPageWhenTheLastPageIsFull() {
        TestLedger own = TestLedger.create();
        ShopRegistry registry = new ShopRegistry(own.enhanced(), own.tables(), new MutableClock(Instant.EPOCH));
        registry.save(new ShopConfig("a.myshopify.com", ShopStatus.ACTIVE, Map.of(), List.of()));
        registry.save(new ShopConfig("b.myshopify.com", ShopStatus.UNINSTALLED, Map.of(), List.of()));

        ShopRegistry.DirectoryPage page = registry.page(null, 2);

        assertThat(page.shops()).extracting(ShopConfig::shop).containsExactly("a.myshopify.com", "b.myshopify.com");
        assertThat(page.next()).isNull();
        assertThat(registry.page("b.myshopify.com", 2).shops()).isEmpty();
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
