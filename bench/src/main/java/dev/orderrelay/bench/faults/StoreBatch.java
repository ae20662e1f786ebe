package dev.orderrelay.bench.faults;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A batch of orders the simulated store created, with each order's webhook history, as
 * {@code GET /simulator/store/orders?batch=} answers it.
 *
 * @param id the batch's id
 * @param requested orders asked for
 * @param created orders created so far
 * @param finished whether the store has created them all
 * @param orders each created order
 * @param inFlight webhooks still scheduled or being retried by the store
 */
public record StoreBatch(
        String id, int requested, int created, boolean finished, List<SourceOrder> orders, int inFlight) {

    public StoreBatch {
        orders = List.copyOf(orders);
    }

    /** Whether the store has nothing more to create or send for this batch. */
    public boolean settled() {
        return finished && inFlight == 0;
    }

    static StoreBatch read(JsonNode json) {
        List<SourceOrder> orders = new ArrayList<>();
        int inFlight = 0;
        for (JsonNode order : json.path("orders")) {
            boolean paid = true;
            int sent = 0;
            int acked = 0;
            int duplicates = 0;
            for (JsonNode delivery : order.path("deliveries")) {
                String status = delivery.path("status").asString("");
                if ("orders/paid".equals(delivery.path("topic").asString("")) && "NEVER_FIRED".equals(status)) {
                    paid = false;
                }
                if ("SCHEDULED".equals(status) || "PENDING".equals(status)) {
                    inFlight++;
                }
                if (delivery.path("attempts").asInt(0) > 0 || "ACKED".equals(status)) {
                    sent++;
                }
                if ("ACKED".equals(status)) {
                    acked++;
                }
                duplicates += delivery.path("duplicatesSent").asInt(0);
            }
            orders.add(new SourceOrder(order.path("orderId").asString(), paid, sent, acked, duplicates));
        }
        return new StoreBatch(
                json.path("batch").asString(),
                json.path("requested").asInt(),
                json.path("created").asInt(),
                json.path("finished").asBoolean(),
                orders,
                inFlight);
    }
}
