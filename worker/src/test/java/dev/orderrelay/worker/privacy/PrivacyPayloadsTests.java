package dev.orderrelay.worker.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The privacy webhooks' REST bodies, in the shapes of Shopify's privacy-law-compliance page. */
class PrivacyPayloadsTests {

    private static final String SHOP = "tea-shop.myshopify.com";

    @Test
    void readsACustomersRedactWithIdsAsJsonNumbersBeyondTwoToTheFiftyThree() {
        CustomerRequest request = PrivacyPayloads.customer(
                "customers/redact",
                "{\"shop_id\":954889,\"shop_domain\":\"tea-shop.myshopify.com\",\"customer\":{\"id\":9007199254740993,"
                        + "\"email\":\"John@Example.com\",\"phone\":\"555-625-1199\"},"
                        + "\"orders_to_redact\":[820982911946154508,299938]}",
                SHOP);

        assertThat(request.shopId()).isEqualTo("954889");
        assertThat(request.customerId()).isEqualTo("9007199254740993");
        assertThat(request.email()).isEqualTo("john@example.com");
        assertThat(request.phone()).isEqualTo("555-625-1199");
        assertThat(request.orderIds()).containsExactly("820982911946154508", "299938");
        assertThat(request.dataRequestId()).isNull();
        assertThat(request.toString()).doesNotContain("john", "555");
    }

    @Test
    void readsADataRequestWithIdsAsStringsOrGidsAndACustomerNamedByEmailOnly() {
        CustomerRequest request = PrivacyPayloads.customer(
                "customers/data_request",
                "{\"shop_id\":\"954889\",\"shop_domain\":\"tea-shop.myshopify.com\",\"customer\":{\"email\":\"a@b.example\"},"
                        + "\"orders_requested\":[\"gid://shopify/Order/299938\",\"280263\"],\"data_request\":{\"id\":9999}}",
                SHOP);

        assertThat(request.customerId()).isNull();
        assertThat(request.orderIds()).containsExactly("299938", "280263");
        assertThat(request.dataRequestId()).isEqualTo("9999");
    }

    @Test
    void takesAMissingOrderListAsNoOrders() {
        CustomerRequest request = PrivacyPayloads.customer(
                "customers/redact", "{\"shop_domain\":\"tea-shop.myshopify.com\",\"customer\":{\"id\":1}}", SHOP);

        assertThat(request.orderIds()).isEmpty();
    }

    @Test
    void refusesPayloadsItCannotActOnNamingWhatIsWrongWithoutQuotingPersonalData() {
        assertRefused("customers/redact", "{\"customer\":", "customers/redact payload is not valid JSON");
        assertRefused("customers/redact", "[1]", "is not a JSON object");
        assertRefused("customers/redact", "{\"shop_domain\":\"" + SHOP + "\"}", "has no customer object");
        assertRefused("customers/redact", "{\"customer\":{\"id\":\"abc\"}}", "customer.id is not an id");
        assertRefused("customers/redact", "{\"customer\":{\"email\":42}}", "customer.email is not text");
        assertRefused(
                "customers/redact",
                "{\"customer\":{\"id\":1},\"orders_to_redact\":\"1,2\"}",
                "orders_to_redact must be a list of order ids");
        assertRefused(
                "customers/redact",
                "{\"customer\":{\"id\":1},\"orders_to_redact\":[1.5]}",
                "orders_to_redact[0] is not an id");
        assertRefused("customers/data_request", "{\"customer\":{\"id\":1}}", "has no data_request.id");
        assertRefused(
                "customers/redact",
                "{\"shop_domain\":\"other.myshopify.com\",\"customer\":{\"email\":\"secret@example.com\"}}",
                "names another shop in shop_domain than the delivery's " + SHOP);
        assertThatThrownBy(() -> PrivacyPayloads.customer(
                        "customers/redact", "{\"customer\":{\"email\":42,\"phone\":\"555-0100\"}}", SHOP))
                .message()
                .doesNotContain("555-0100");
    }

    @Test
    void acceptsAShopRedactForTheDeliverysShopOnly() {
        PrivacyPayloads.shopRedact("{\"shop_id\":954889,\"shop_domain\":\"tea-shop.myshopify.com\"}", SHOP);

        assertThatThrownBy(() -> PrivacyPayloads.shopRedact("{\"shop_id\":954889}", SHOP))
                .hasMessageContaining("has no shop_domain");
        assertThatThrownBy(() -> PrivacyPayloads.shopRedact("{\"shop_domain\":\"other.myshopify.com\"}", SHOP))
                .hasMessageContaining("names another shop");
    }

    @Test
    void acceptsAnUninstallWhoseShopResourceIsTheDeliverysOrDoesNotSay() {
        PrivacyPayloads.appUninstalled("{\"id\":548380009,\"myshopify_domain\":\"tea-shop.myshopify.com\"}", SHOP);
        PrivacyPayloads.appUninstalled("{\"id\":548380009}", SHOP);

        assertThatThrownBy(() -> PrivacyPayloads.appUninstalled("not json", SHOP))
                .hasMessage("app/uninstalled payload is not valid JSON");
    }

    private static void assertRefused(String topic, String body, String reason) {
        assertThatThrownBy(() -> PrivacyPayloads.customer(topic, body, SHOP))
                .isInstanceOf(InvalidPrivacyPayloadException.class)
                .hasMessageContaining(reason);
    }
}
