package dev.orderrelay.ledger.parked;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonCategoryTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown shop a.myshopify.com: configure it with PUT /api/shops/a.myshopify.com, then replay"
                        + "| unknown shop *",
                "shop b.myshopify.com is uninstalled: not sent; if the shop installs the app again, replay"
                        + "| shop * is uninstalled",
                "ga4 'main' (shop s.myshopify.com, order 5512345678901, purchase): GA4's validation server refused it,"
                        + " not sent: item_id missing| GA4's validation server refused it, not sent",
                "webhook 'erp' (shop s.myshopify.com, order 1, refund): receiver answered HTTP 410 (gone)"
                        + "| receiver answered HTTP 410",
                "amplitude 'a' (shop s.myshopify.com, order 1, purchase): Amplitude refused the event (HTTP 400: x)"
                        + "| Amplitude refused the event",
                "gave up after 12 attempts; last: segment 's' (shop x, order 2, purchase): HTTP 503"
                        + "| gave up after 12 attempts",
                "moved from dead-letter queue order-relay-ingest-dlq: the process stage failed on it repeatedly"
                        + "| moved from dead-letter queue order-relay-ingest-dlq",
                "topic orders/edited is not processed by this version| topic * is not processed by this version",
                "unreadable envelope: missing field 'shop'| unreadable envelope",
            })
    void keepsTheLeadPhraseAndMasksWhatNamesAShopOrderOrCustomer(String reason, String category) {
        assertThat(ReasonCategory.of(reason)).isEqualTo(category.strip());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown shop one.myshopify.com: configure it| unknown shop two.myshopify.com: configure it",
                "webhook 'a' (shop x, order 1, purchase): receiver answered HTTP 404"
                        + "| webhook 'b' (shop y, order 99999, refund): receiver answered HTTP 404",
            })
    void givesReasonsThatDifferOnlyInSpecificsOneCategory(String one, String other) {
        assertThat(ReasonCategory.of(one)).isEqualTo(ReasonCategory.of(other));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "customer jane.doe@example.com refused| customer * refused",
                "'Jane Doe' has no consent| * has no consent",
            })
    void neverKeepsAnEmailOrAQuotedName(String reason, String category) {
        assertThat(ReasonCategory.of(reason)).isEqualTo(category.strip());
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "a.b.c: x"})
    void callsAReasonWithoutWordsOther(String reason) {
        assertThat(ReasonCategory.of(reason)).isEqualTo(ReasonCategory.OTHER);
    }
}
