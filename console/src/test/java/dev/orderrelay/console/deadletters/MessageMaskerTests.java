package dev.orderrelay.console.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MessageMaskerTests {

    private final MessageMasker masker = new MessageMasker();

    @Test
    void masksCustomerDataInsideAnEnvelopesBodyAndKeepsTheOrder() {
        String envelope = DeadLetterFixtures.message("envelope.json", "demo.myshopify.com", "1001");

        MessageMasker.Masked masked = masker.mask(envelope);

        JsonNode body = masked.message().path("body");
        assertThat(masked.message().toString())
                .doesNotContain("jane.doe@example.com")
                .doesNotContain("Jane")
                .doesNotContain("Doe")
                .doesNotContain("+15555550123")
                .doesNotContain("1 Main Street")
                .doesNotContain("Springfield")
                .doesNotContain("12345");
        assertThat(body.path("email").asString()).isEqualTo(MessageMasker.MASK);
        assertThat(body.path("shipping_address").path("name").asString()).isEqualTo(MessageMasker.MASK);
        assertThat(body.path("name").asString())
                .as("the order's name is not a person's")
                .isEqualTo("#1001");
        assertThat(body.path("line_items").get(0).path("name").asString()).isEqualTo("Blue mug");
        assertThat(body.path("shipping_address").path("country_code").asString())
                .isEqualTo("US");
        assertThat(masked.message().path("shop").asString()).isEqualTo("demo.myshopify.com");
        assertThat(masked.note()).contains("masked");
    }

    @Test
    void masksNamesInListsOfAddresses() {
        JsonNode masked = masker.mask(
                        "{\"customer\": {\"addresses\": [{\"name\": \"Jane Doe\", \"country\": \"US\"}]}}")
                .message();

        assertThat(masked.path("customer").path("addresses").get(0).path("name").asString())
                .isEqualTo(MessageMasker.MASK);
        assertThat(masked.path("customer")
                        .path("addresses")
                        .get(0)
                        .path("country")
                        .asString())
                .isEqualTo("US");
    }

    @Test
    void showsNothingOfAMessageThatIsNotJson() {
        MessageMasker.Masked masked = masker.mask("jane.doe@example.com wrote: {broken");

        assertThat(masked.message()).isNull();
        assertThat(masked.note()).contains("not a JSON object").doesNotContain("jane");
    }

    @Test
    void showsNothingOfAnEnvelopeBodyThatIsNotJson() {
        MessageMasker.Masked masked =
                masker.mask("{\"v\": 1, \"shop\": \"demo.myshopify.com\", \"body\": \"email=jane.doe@example.com&x\"}");

        assertThat(ConsoleApiClient.json(masked.message().toString())
                        .path("body")
                        .asString())
                .startsWith("[not JSON")
                .doesNotContain("jane");
    }
}
