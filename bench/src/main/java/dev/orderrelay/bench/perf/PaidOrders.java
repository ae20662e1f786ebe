package dev.orderrelay.bench.perf;

import dev.orderrelay.devstack.store.AppSecret;
import dev.orderrelay.devstack.store.OrderOptions;
import dev.orderrelay.devstack.store.OrderShape;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import dev.orderrelay.devstack.store.SimulatedStoreSettings;
import dev.orderrelay.devstack.store.StoreOrder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code orders/paid} bodies the worker turns into purchases, made by the simulated store's own payload builder (a
 * store in this JVM that is never started and loses every webhook, so it only builds orders): small paid orders,
 * 3-7 KB, each with its own id. Each seed gives its own id range, apart from the topology's store.
 */
final class PaidOrders {

    /** One order: its id (a string: it exceeds 2^53) and its REST body. */
    record Paid(String orderId, byte[] body) {}

    private PaidOrders() {}

    static List<Paid> make(int count, long seed) {
        SimulatedStoreSettings settings =
                SimulatedStoreSettings.defaults(URI.create("http://127.0.0.1:9/unused")).toBuilder()
                        .seed(seed)
                        .ordersPerMinute(0)
                        .largeOrderRate(0)
                        .duplicateRate(0)
                        .build();
        List<Paid> orders = new ArrayList<>(count);
        try (SimulatedShopifyStore store =
                new SimulatedShopifyStore(settings, AppSecret.of(SignedWebhooks.APP_SECRET))) {
            OrderOptions options = OrderOptions.builder()
                    .shape(OrderShape.SMALL)
                    .financialStatus("paid")
                    .loseWebhooks()
                    .build();
            for (int i = 0; i < count; i++) {
                StoreOrder order = store.createOrder(options);
                orders.add(new Paid(Long.toString(order.id()), order.restJson().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return orders;
    }
}
