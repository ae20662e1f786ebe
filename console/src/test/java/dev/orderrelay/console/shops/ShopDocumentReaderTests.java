package dev.orderrelay.console.shops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ShopDocumentReaderTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ShopDocumentReader reader = new ShopDocumentReader(json);

    @Test
    void readsADocumentWithEveryField() {
        ShopDocument document = read("""
                {"shop": "demo.myshopify.com", "status": "ACTIVE", "policy": {"purchaseOn": "paid"},
                 "destinations": [{"name": "hook", "kind": "webhook", "settings": {"url": "https://x.example"},
                                   "credentialsRef": "hook-secret"}]}""");

        assertThat(document.destinations())
                .singleElement()
                .satisfies(d -> assertThat(d.credentialsRef()).isEqualTo("hook-secret"));
    }

    @Test
    void takesAPolicySwitchGivenAsABooleanAsItsText() {
        assertThat(read("{\"policy\": {\"includeTestOrders\": false}}").policy())
                .containsEntry("includeTestOrders", "false");
    }

    @Test
    void namesAnUnknownFieldByItsPath() {
        assertThat(refusal("{\"destinations\": [{\"name\": \"hook\", \"setings\": {}}]}")
                        .field())
                .isEqualTo("destinations[0].setings");
    }

    @Test
    void namesAFieldOfTheWrongShape() {
        FieldViolation violation = refusal("{\"destinations\": {\"name\": \"hook\"}}");

        assertThat(violation.field()).isEqualTo("destinations");
        assertThat(violation.detail()).contains("array");
    }

    @Test
    void namesASettingThatIsNotText() {
        assertThat(refusal("{\"destinations\": [{\"settings\": {\"url\": {\"href\": \"x\"}}}]}")
                        .field())
                .isEqualTo("destinations[0].settings.url");
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        assertThat(refusal("[]").field()).isEqualTo("body");
    }

    private ShopDocument read(String text) {
        return reader.read(json.readTree(text));
    }

    private FieldViolation refusal(String text) {
        InvalidShopConfigException refused = catchThrowableOfType(InvalidShopConfigException.class, () -> read(text));
        assertThat(refused).as("the body was refused").isNotNull();
        return refused.violations().get(0);
    }
}
