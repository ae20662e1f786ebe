package dev.orderrelay.local.standalone;

import dev.orderrelay.devstack.store.OrderOptions;
import dev.orderrelay.devstack.store.SimulatedShopifyStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Batches of orders the simulated store creates in the background at a set rate, each order's webhooks lost at the
 * batch's loss rate (duplicates and large orders at the store's own rates). Kept for the process's life, so a
 * benchmark can read each batch's orders and how their webhooks fared.
 */
public class StoreBatches implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreBatches.class);

    private final Map<String, StoreBatch> batches = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean closed;

    /** Starts creating {@code count} orders at {@code perSecond} (0: as fast as the store can) in the background. */
    StoreBatch start(SimulatedShopifyStore store, int count, double perSecond, double lossRate) {
        StoreBatch batch = new StoreBatch("b" + sequence.incrementAndGet(), count, perSecond, lossRate);
        batches.put(batch.id(), batch);
        Thread.ofVirtual().name("store-batch-" + batch.id()).start(() -> create(store, batch));
        log.info("store batch {} started: {} orders at {}/s, loss rate {}", batch.id(), count, perSecond, lossRate);
        return batch;
    }

    Optional<StoreBatch> batch(String id) {
        return Optional.ofNullable(batches.get(id));
    }

    private void create(SimulatedShopifyStore store, StoreBatch batch) {
        OrderOptions options =
                OrderOptions.builder().webhookLossRate(batch.lossRate()).build();
        long start = System.nanoTime();
        double intervalNanos = batch.perSecond() > 0 ? 1_000_000_000.0 / batch.perSecond() : 0;
        for (int i = 0; i < batch.requested(); i++) {
            if (closed) {
                batch.failed("the devstack is shutting down");
                return;
            }
            // Paced against the batch's start, not the previous order, so a slow creation does not lower the rate.
            long due = start + (long) (i * intervalNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            try {
                batch.created(store.createOrder(options).id());
            } catch (RuntimeException e) {
                batch.failed(e.getMessage());
                log.warn("store batch {} stopped after {} orders: {}", batch.id(), batch.createdCount(), e.toString());
                return;
            }
        }
        log.info(
                "store batch {} created {} orders in {} ms",
                batch.id(),
                batch.requested(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void destroy() {
        closed = true;
    }
}
