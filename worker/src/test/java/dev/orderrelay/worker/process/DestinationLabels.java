package dev.orderrelay.worker.process;

import dev.orderrelay.devstack.destinations.RecordedEvent;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * What a fake destination accepted, as one label comparable across kinds: {@code <purchase|refund> <currency>
 * <revenue> items=<lines>}, the revenue being what that destination counts (GA4 {@code value}, Segment
 * {@code revenue}, Amplitude {@code revenue} without its refund sign, the signed webhook's {@code data.value}).
 */
final class DestinationLabels {

    private DestinationLabels() {}

    static String label(RecordedEvent event) {
        JsonNode body = event.payload();
        return switch (event.kind()) {
            case "webhook" ->
                label(
                        body.path("type").asString().endsWith(".purchase"),
                        body.path("data").path("currency"),
                        body.path("data").path("value"),
                        body.path("data").path("items"));
            case "ga4" ->
                label(
                        "purchase".equals(body.path("name").asString()),
                        body.path("params").path("currency"),
                        body.path("params").path("value"),
                        body.path("params").path("items"));
            case "segment" ->
                label(
                        "Order Completed".equals(body.path("event").asString()),
                        body.path("properties").path("currency"),
                        body.path("properties").path("revenue"),
                        body.path("properties").path("products"));
            case "amplitude" ->
                label(
                        "Order Completed".equals(body.path("event_type").asString()),
                        body.path("currency"),
                        body.path("revenue"),
                        body.path("event_properties").path("items"));
            default -> throw new IllegalArgumentException("no label for destination kind " + event.kind());
        };
    }

    private static String label(boolean purchase, JsonNode currency, JsonNode revenue, JsonNode items) {
        BigDecimal amount = revenue.isNumber() ? revenue.decimalValue() : new BigDecimal(revenue.asString());
        return (purchase ? "purchase " : "refund ")
                + currency.asString()
                + " "
                + amount.abs().stripTrailingZeros().toPlainString()
                + " items="
                + items.size();
    }
}
