package dev.orderrelay.local.standalone;

import java.util.ArrayList;
import java.util.List;

/**
 * One batch of orders the store creates in the background: how many were asked for, at what rate and loss, and the
 * ids of those created so far, in creation order. Thread-safe.
 */
final class StoreBatch {

    private final String id;
    private final int requested;
    private final double perSecond;
    private final double lossRate;
    private final List<Long> orderIds = new ArrayList<>();
    private volatile String failure;

    StoreBatch(String id, int requested, double perSecond, double lossRate) {
        this.id = id;
        this.requested = requested;
        this.perSecond = perSecond;
        this.lossRate = lossRate;
    }

    String id() {
        return id;
    }

    int requested() {
        return requested;
    }

    double perSecond() {
        return perSecond;
    }

    double lossRate() {
        return lossRate;
    }

    synchronized void created(long orderId) {
        orderIds.add(orderId);
    }

    synchronized List<Long> orderIds() {
        return List.copyOf(orderIds);
    }

    synchronized int createdCount() {
        return orderIds.size();
    }

    /** Why creating stopped early (the store closed), or null. */
    String failure() {
        return failure;
    }

    void failed(String reason) {
        failure = reason;
    }

    /** Whether creating is over: every order created, or stopped early by a failure. */
    boolean finished() {
        return createdCount() == requested || failure != null;
    }
}
