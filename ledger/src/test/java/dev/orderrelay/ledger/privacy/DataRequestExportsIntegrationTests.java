package dev.orderrelay.ledger.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataRequestExportsIntegrationTests {

    private static final TestLedger LEDGER = TestLedger.create();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final DataRequestExports exports = new DataRequestExports(LEDGER.enhanced(), LEDGER.tables(), clock);
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";

    @Test
    void storesADocumentLargerThanAnItemAndReadsItBackWhole() {
        // Over 4 parts, with a character outside the BMP right where a part would end.
        String document =
                "{\"x\":\"" + "é".repeat(DataRequestExports.PART_CHARS - 7) + "😀" + "a".repeat(350_000) + "\"}";

        DataRequestExport saved =
                exports.save(shop, new DataRequestExports.Coverage("9999", "191167", null, 3, 1, 2), document);

        assertThat(saved.expiresAt()).isEqualTo(clock.instant().plus(DataRequestExports.RETENTION));
        assertThat(exports.find(shop, "9999")).hasValueSatisfying(stored -> {
            assertThat(stored.document()).isEqualTo(document);
            assertThat(stored.export().orders()).isEqualTo(3);
            assertThat(stored.export().parkedEvents()).isEqualTo(1);
            assertThat(stored.export().storedBodies()).isEqualTo(2);
            assertThat(stored.export().customerId()).isEqualTo("191167");
        });
    }

    @Test
    void replacesTheExportOfARedeliveredRequestWhole() {
        exports.save(shop, coverage("9999", "191167"), "a".repeat(250_000));

        exports.save(shop, coverage("9999", "191167"), "{\"short\":true}");

        assertThat(exports.find(shop, "9999"))
                .hasValueSatisfying(stored -> assertThat(stored.document()).isEqualTo("{\"short\":true}"));
        assertThat(exports.forShop(shop)).hasSize(1);
    }

    @Test
    void listsTheShopsExportsNewestFirstAndForgetsExpiredOnes() {
        exports.save(shop, coverage("1", "11"), "{}");
        clock.advance(Duration.ofDays(2));
        exports.save(shop, coverage("2", "22"), "{}");

        assertThat(exports.forShop(shop))
                .extracting(DataRequestExport::dataRequestId)
                .containsExactly("2", "1");

        clock.advance(DataRequestExports.RETENTION.minusDays(1));
        assertThat(exports.forShop(shop))
                .extracting(DataRequestExport::dataRequestId)
                .containsExactly("2");
        assertThat(exports.find(shop, "1")).isEmpty();
    }

    @Test
    void removesEveryExportOfOneCustomerByIdOrEmailAndNoOther() {
        exports.save(shop, coverage("1", "11"), "{}");
        exports.save(shop, new DataRequestExports.Coverage("2", null, "Ada@Example.com", 1, 0, 0), "{}");
        exports.save(shop, coverage("3", "33"), "{}");

        assertThat(exports.removeCustomer(shop, "11", "ada@example.com")).isEqualTo(2);

        assertThat(exports.forShop(shop))
                .extracting(DataRequestExport::dataRequestId)
                .containsExactly("3");
        assertThat(LedgerScan.mentions(LEDGER.dynamoDb(), LEDGER.tables(), "part|1|"))
                .isEmpty();
    }

    private static DataRequestExports.Coverage coverage(String id, String customerId) {
        return new DataRequestExports.Coverage(id, customerId, null, 1, 0, 0);
    }
}
