package dev.orderrelay.devstack.destinations;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The orders a fake peer has been told to refuse, each with the reason it gives, until cleared: a test lever for "a
 * 4xx for some orders", played in each peer's own way. Thread-safe.
 */
public final class OrderRejections {

    private final ConcurrentMap<String, String> reasons = new ConcurrentHashMap<>();

    /** Refuses {@code orderIds} with {@code reason}, on top of the orders already refused. */
    public void reject(Set<String> orderIds, String reason) {
        Objects.requireNonNull(orderIds, "orderIds");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        orderIds.forEach(id -> reasons.put(Objects.requireNonNull(id, "order id"), reason));
    }

    public void clear() {
        reasons.clear();
    }

    /** The reason {@code orderId} is refused with, if it is; a {@code null} id is never refused. */
    public Optional<String> reason(String orderId) {
        return orderId == null ? Optional.empty() : Optional.ofNullable(reasons.get(orderId));
    }
}
