package dev.orderrelay.worker.process;

import dev.orderrelay.worker.delivery.DeliveryMessage;
import java.util.concurrent.CompletableFuture;

/**
 * Puts a delivery message on its destination kind's queue. The returned future completes once the queue accepted the
 * message, or exceptionally with the reason it did not; a caller that must not go on before the queue holds it joins.
 */
public interface DeliveryPublisher {

    CompletableFuture<Void> publish(DeliveryMessage message);
}
