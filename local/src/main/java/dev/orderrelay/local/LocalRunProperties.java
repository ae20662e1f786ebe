package dev.orderrelay.local;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the one-process local run, and of the standalone devstack, which shares its simulators.
 *
 * @param devstack where the embedded servers listen
 * @param store what the simulated Shopify store does
 * @param destinations where the simulated destinations listen
 */
@Validated
@ConfigurationProperties("relay.local")
public record LocalRunProperties(
        @Valid @DefaultValue Devstack devstack,
        @Valid @DefaultValue Store store,
        @Valid @DefaultValue Destinations destinations) {

    /**
     * The simulated destinations on 127.0.0.1.
     *
     * @param webhookPort the fake signed-webhook endpoint's port (0: any free port)
     * @param ga4Port the fake GA4 Measurement Protocol's port
     * @param segmentUsPort the fake Segment API's US host
     * @param segmentEuPort the fake Segment API's EU host
     * @param amplitudeUsPort the fake Amplitude API's US host
     * @param amplitudeEuPort the fake Amplitude API's EU host
     */
    public record Destinations(
            @DefaultValue("9091") @Min(0) @Max(65535) int webhookPort,
            @DefaultValue("9092") @Min(0) @Max(65535) int ga4Port,
            @DefaultValue("9093") @Min(0) @Max(65535) int segmentUsPort,
            @DefaultValue("9094") @Min(0) @Max(65535) int segmentEuPort,
            @DefaultValue("9095") @Min(0) @Max(65535) int amplitudeUsPort,
            @DefaultValue("9096") @Min(0) @Max(65535) int amplitudeEuPort) {

        static Destinations defaults() {
            return new Destinations(9091, 9092, 9093, 9094, 9095, 9096);
        }

        /** The ports by property name, for the launcher to pin free ones where 0 was asked for. */
        public Map<String, Integer> byProperty() {
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("webhook-port", webhookPort);
            ports.put("ga4-port", ga4Port);
            ports.put("segment-us-port", segmentUsPort);
            ports.put("segment-eu-port", segmentEuPort);
            ports.put("amplitude-us-port", amplitudeUsPort);
            ports.put("amplitude-eu-port", amplitudeEuPort);
            return ports;
        }
    }

    /**
     * Ports of the embedded servers on 127.0.0.1; 0 picks a free one (tests do).
     *
     * @param sqsPort ElasticMQ, the SQS endpoint
     * @param dynamodbPort DynamoDB Local
     * @param s3Port S3Proxy, path-style
     * @param faultProxies whether a fault proxy takes each of the three ports, the servers listening on free ones
     *     behind them (switched by {@code POST /simulator/proxies/{name}} in the standalone devstack)
     */
    public record Devstack(
            @DefaultValue("9324") @Min(0) @Max(65535) int sqsPort,
            @DefaultValue("8000") @Min(0) @Max(65535) int dynamodbPort,
            @DefaultValue("9090") @Min(0) @Max(65535) int s3Port,
            @DefaultValue("false") boolean faultProxies) {

        static Devstack defaults() {
            return new Devstack(9324, 8000, 9090, false);
        }
    }

    /**
     * The simulated Shopify store that posts signed webhooks to this run's receiver.
     *
     * @param enabled whether the store runs at all
     * @param shop the shop's domain
     * @param ordersPerMinute how many orders it creates a minute; 0 creates none by itself
     * @param paidDelay time between an order's orders/create and orders/paid webhooks
     * @param duplicateRate share of deliveries sent twice with the same webhook id, as Shopify sometimes does
     * @param largeOrderRate share of orders large enough to travel by reference through S3
     * @param retryBaseDelay first retry delay after a failed delivery; Shopify's 4-hour schedule, compressed
     * @param webhookLossRate share of webhooks the store never sends, as if lost upstream: the reconciler finds them
     * @param adminApiPort the port of the store's GraphQL Admin API on 127.0.0.1 (0: any free port), which the
     *     reconciler reads
     * @param deleteSubscriptionAfter how long after start the store deletes one subscription ({@code
     *     orders/paid}), as Shopify does after 8 failed deliveries, so the local run shows the reconciler re-creating
     *     it; 0 never
     * @param webhookUrl where the store posts its webhooks; empty: this process's own receiver at {@code
     *     /webhooks/shopify} (the one-process run), set by the standalone devstack to the receiver's process
     * @param eventbridgeShare share of deliveries the store puts on EventBridge (the devstack's
     *     {@code order-relay-eventbridge} queue, which the receiver reads with
     *     {@code relay.receiver.eventbridge.enabled=true}) instead of posting them; 0 posts every one
     */
    public record Store(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("demo.myshopify.com") @NotBlank String shop,

            @DefaultValue("12") @DecimalMin("0") @DecimalMax("6000")
            double ordersPerMinute,

            @DefaultValue("3s") Duration paidDelay,

            @DefaultValue("0.1") @DecimalMin("0") @DecimalMax("1")
            double duplicateRate,

            @DefaultValue("0.05") @DecimalMin("0") @DecimalMax("1")
            double largeOrderRate,

            @DefaultValue("2s") Duration retryBaseDelay,

            @DefaultValue("0") @DecimalMin("0") @DecimalMax("1")
            double webhookLossRate,

            @DefaultValue("0") @Min(0) @Max(65535) int adminApiPort,

            @DefaultValue("0s") Duration deleteSubscriptionAfter,

            @DefaultValue("") String webhookUrl,

            @DefaultValue("0") @DecimalMin("0") @DecimalMax("1")
            double eventbridgeShare) {}
}
