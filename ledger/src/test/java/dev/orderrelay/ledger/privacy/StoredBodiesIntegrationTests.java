package dev.orderrelay.ledger.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.ledger.TestLedger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StoredBodiesIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final StoredBodies bodies = new StoredBodies(LEDGER.enhanced(), LEDGER.tables(), Clock.systemUTC());
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";

    @Test
    void findsAnOrdersBodiesByKeyAndNotThoseOfAnOrderWhoseIdItPrefixes() {
        bodies.record(shop, "12", "bucket", "bodies/sha256/" + hex('a'), hex('a'));
        bodies.record(shop, "12", "bucket", "bodies/sha256/" + hex('b'), hex('b'));
        bodies.record(shop, "123", "bucket", "bodies/sha256/" + hex('c'), hex('c'));
        bodies.record(shop, "12", "bucket", "bodies/sha256/" + hex('a'), hex('a'));

        assertThat(bodies.forOrder(shop, "12"))
                .extracting(StoredBody::sha256)
                .containsExactlyInAnyOrder(hex('a'), hex('b'));
        assertThat(bodies.forOrder(shop, "123")).singleElement().satisfies(body -> {
            assertThat(body.bucket()).isEqualTo("bucket");
            assertThat(body.key()).isEqualTo("bodies/sha256/" + hex('c'));
            assertThat(body.recordedAt()).isNotNull();
        });
    }

    @Test
    void walksTheShopsBodiesAndForgetsOneWhenAsked() {
        bodies.record(shop, "12", "bucket", "bodies/sha256/" + hex('a'), hex('a'));
        bodies.record(shop, "13", "bucket", "bodies/sha256/" + hex('b'), hex('b'));

        bodies.remove(shop, "12", hex('a'));

        List<StoredBody> all = new ArrayList<>();
        bodies.forEachOfShop(shop, all::add);
        assertThat(all).extracting(StoredBody::orderId).containsExactly("13");
    }

    private static String hex(char c) {
        return String.valueOf(c).repeat(64);
    }
}
