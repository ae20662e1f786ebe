package dev.orderrelay.devstack.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventBridgeSourceTests {

    @Test
    void readsTheArnShopifyDocumentsAndWritesItBack() {
        String arn = "arn:aws:events:us-east-1::event-source/aws.partner/shopify.com/1830279/test-event-source";

        EventBridgeSource source = EventBridgeSource.parse(arn).orElseThrow();

        assertThat(source.region()).isEqualTo("us-east-1");
        assertThat(source.appId()).isEqualTo("1830279");
        assertThat(source.sourceName()).isEqualTo("test-event-source");
        assertThat(source.name()).isEqualTo("aws.partner/shopify.com/1830279/test-event-source");
        assertThat(source.arn()).isEqualTo(arn);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "https://relay.example.com/webhooks/shopify",
                "arn:aws:events:us-east-1::event-source/x",
                "arn:aws:events:us-east-1::event-source/aws.partner/other.com/1830279/source",
                "arn:aws:sqs:us-east-1:123456789012:order-relay-eventbridge",
                "pubsub://project:topic"
            })
    void isNotReadFromAnythingButAShopifyPartnerSourceArn(String address) {
        assertThat(EventBridgeSource.parse(address)).isEmpty();
    }
}
