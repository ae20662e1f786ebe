package dev.orderrelay.worker.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.EnvelopeJson;
import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.aws.AwsClients;
import dev.orderrelay.devstack.fault.FaultProxy;
import dev.orderrelay.worker.TestEnvelopes;
import dev.orderrelay.worker.WorkerTestStack;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Privacy requests when their stores fail: the request throws, so its message stays on the queue (the ingest
 * listener acknowledges only what returns) and is processed again once they are back, to the same end. Invalid
 * payloads are parked with a reason and audited as refused.
 */
class PrivacyFailureIntegrationTests {

    private final String shop = PrivacyPipeline.freshShop();
    private final TestCustomer ada = TestCustomer.fresh("Augusta", "King");

    @Test
    void leavesTheRedactionOnTheQueueWhileTheLedgerIsDownAndCompletesItAfter() {
        try (FaultProxy proxy = FaultProxy.to(Devstack.shared().dynamoDbEndpoint())) {
            WorkerTestStack cut = WorkerTestStack.createWithDynamoDbAt(proxy.endpoint());
            PrivacyPipeline pipeline = new PrivacyPipeline(cut);
            pipeline.configure(shop);
            pipeline.largeWebhook(shop, "orders/paid", ada.largeOrder("820982911946700001", 1001));
            Envelope redact = redactRequest(List.of("820982911946700001"));
            PrivacyStage privacy = TestPrivacyStages.on(cut);
            proxy.refuse();

            assertThatThrownBy(() -> privacy.process(redact, EnvelopeJson.write(redact)))
                    .isInstanceOf(SdkException.class);

            proxy.pass();
            assertThat(pipeline.auditOf(shop)).isEmpty();
            privacy.process(redact, EnvelopeJson.write(redact));
            assertThat(PrivacyPipeline.bucketObjects()).noneMatch(object -> object.contains(ada.email()));
            assertThat(pipeline.auditOf(shop))
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.outcome()).contains("stored bodies 1"));
        }
    }

    @Test
    void leavesTheRedactionOnTheQueueWhileStorageIsDownAndCompletesItAfter() {
        WorkerTestStack stack = WorkerTestStack.create();
        PrivacyPipeline pipeline = new PrivacyPipeline(stack);
        pipeline.configure(shop);
        pipeline.largeWebhook(shop, "orders/paid", ada.largeOrder("820982911946700002", 1002));
        Envelope redact = redactRequest(List.of("820982911946700002"));
        try (FaultProxy proxy = FaultProxy.to(Devstack.shared().s3Endpoint());
                S3Client s3 = AwsClients.s3(proxy.endpoint(), Devstack.shared().credentials())) {
            PrivacyStage privacy = TestPrivacyStages.on(stack, s3, Clock.systemUTC());
            proxy.refuse();

            assertThatThrownBy(() -> privacy.process(redact, EnvelopeJson.write(redact)))
                    .isInstanceOf(SdkException.class);
            assertThat(PrivacyPipeline.bucketObjects()).anyMatch(object -> object.contains(ada.email()));
            assertThat(pipeline.auditOf(shop)).isEmpty();

            proxy.pass();
            privacy.process(redact, EnvelopeJson.write(redact));
        }
        assertThat(PrivacyPipeline.bucketObjects()).noneMatch(object -> object.contains(ada.email()));
    }

    @Test
    void parksAnInvalidPayloadWithItsReasonAndAuditsTheRefusal() {
        PrivacyPipeline pipeline = new PrivacyPipeline(WorkerTestStack.create());
        pipeline.configure(shop);

        pipeline.webhook(shop, "customers/redact", "{\"shop_domain\":\"" + shop + "\",\"orders_to_redact\":[1]");
        pipeline.webhook(shop, "customers/data_request", "{\"shop_domain\":\"" + shop + "\",\"customer\":{\"id\":1}}");
        pipeline.webhook(shop, "customers/redact", "{\"shop_domain\":\"" + shop + "\",\"customer\":{}}");

        assertThat(pipeline.parked.forShop(shop))
                .extracting(event -> event.reason())
                .containsExactlyInAnyOrder(
                        "customers/redact payload is not valid JSON; fix the payload or ask Shopify to send it again,"
                                + " then replay",
                        "customers/data_request payload of shop " + shop + " has no data_request.id; fix the payload"
                                + " or ask Shopify to send it again, then replay",
                        "customers/redact payload of shop " + shop + " names no customer: customer.id, customer.email"
                                + " and customer.phone are all missing; fix the payload or ask Shopify to send it"
                                + " again, then replay");
        assertThat(pipeline.auditOf(shop))
                .hasSize(3)
                .allSatisfy(entry -> assertThat(entry.outcome()).isEqualTo("refused: invalid payload, parked"));
    }

    private Envelope redactRequest(List<String> orders) {
        return TestEnvelopes.webhook(
                shop,
                "customers/redact",
                PrivacyPipeline.customerRequest(shop, ada, orders, null),
                "w-" + UUID.randomUUID());
    }
}
