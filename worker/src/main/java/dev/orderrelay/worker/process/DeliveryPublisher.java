package dev.orderrelay.worker.process;

import dev.orderrelay.worker.delivery.DeliveryMessage;

/** Puts a delivery message on its destination kind's queue; returns once the queue accepted it. */
public interface DeliveryPublisher {

    void publish(DeliveryMessage message);
}
