package dev.orderrelay.shopify.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurchasePolicyTests {

    @Test
    void readsTheDefaultsFromAnEmptyPolicy() {
        PurchasePolicy policy = PurchasePolicy.from(Map.of());

        assertThat(policy.onCreate()).isFalse();
        assertThat(policy.includeTestOrders()).isFalse();
        assertThat(policy.excludedChannels()).isEmpty();
        assertThat(policy.currency()).isEqualTo(ReportingCurrency.SHOP);
        assertThat(policy.isPurchase(false, "web", "paid")).isTrue();
        assertThat(policy.isPurchase(false, "web", "authorized")).isTrue();
        assertThat(policy.isPurchase(false, "web", "pending")).isFalse();
        assertThat(policy.isPurchase(true, "web", "paid")).isFalse();
    }

    @Test
    void sendsNothingForAChannelTheShopExcludesWhateverItsCaseOrSpacing() {
        PurchasePolicy policy = PurchasePolicy.from(Map.of("excludedChannels", " POS, shopify_draft_order ,"));

        assertThat(policy.isExcluded("pos")).isTrue();
        assertThat(policy.isExcluded("shopify_draft_order")).isTrue();
        assertThat(policy.isExcluded("web")).isFalse();
        assertThat(policy.isExcluded(null)).isFalse();
        assertThat(policy.isPurchase(false, "pos", "paid")).isFalse();
        assertThat(policy.sendsEventsFor(false, "pos")).isFalse();
        assertThat(policy.sendsEventsFor(false, "1830279")).isTrue();
    }

    @Test
    void purchasesOnCreateOnlyForOrdersItSendsEventsFor() {
        PurchasePolicy policy = PurchasePolicy.from(Map.of("purchaseOn", "create", "excludedChannels", "pos"));

        assertThat(policy.isPurchase(false, "web", "pending")).isTrue();
        assertThat(policy.isPurchase(false, "pos", "pending")).isFalse();
        assertThat(policy.isPurchase(true, "web", "paid")).isFalse();
    }

    @Test
    void reportsInThePresentmentCurrencyOnlyWhenAskedTo() {
        assertThat(PurchasePolicy.from(Map.of("currency", "presentment")).currency())
                .isEqualTo(ReportingCurrency.PRESENTMENT);
        assertThat(PurchasePolicy.from(Map.of("currency", "Presentment")).currency())
                .isEqualTo(ReportingCurrency.PRESENTMENT);
        assertThat(PurchasePolicy.from(Map.of("currency", "shop")).currency()).isEqualTo(ReportingCurrency.SHOP);
        assertThat(PurchasePolicy.from(Map.of("currency", "buyer")).currency()).isEqualTo(ReportingCurrency.SHOP);
    }

    @Test
    void namesEachKnownKeyWhoseValueItCannotTake() {
        Map<String, String> policy = new LinkedHashMap<>();
        policy.put("purchaseOn", "fulfilled");
        policy.put("includeTestOrders", "yes");
        policy.put("excludedChannels", "pos,draft orders");
        policy.put("currency", "buyer");
        policy.put("somethingElse", "anything");

        assertThat(PurchasePolicy.problems(policy))
                .containsExactly(
                        Map.entry("policy.purchaseOn", "must be paid or create, got 'fulfilled'"),
                        Map.entry("policy.includeTestOrders", "must be true or false, got 'yes'"),
                        Map.entry(
                                "policy.excludedChannels",
                                "must be Shopify source_name values separated by commas (each 1-64 letters, digits,"
                                        + " '_', '.' or '-', e.g. pos,shopify_draft_order), got 'pos,draft orders'"),
                        Map.entry("policy.currency", "must be shop or presentment, got 'buyer'"));
    }

    @Test
    void findsNothingWrongWithGoodValues() {
        assertThat(PurchasePolicy.problems(Map.of(
                        "purchaseOn", "create",
                        "includeTestOrders", "TRUE",
                        "excludedChannels", "pos, shopify_draft_order, 1830279",
                        "currency", "presentment")))
                .isEmpty();
        assertThat(PurchasePolicy.problems(Map.of("excludedChannels", ""))).isEmpty();
    }
}
