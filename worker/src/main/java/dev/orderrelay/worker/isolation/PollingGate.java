package dev.orderrelay.worker.isolation;

import io.awspring.cloud.sqs.listener.IdentifiableContainerComponent;
import io.awspring.cloud.sqs.listener.backpressure.BackPressureHandler;
import io.awspring.cloud.sqs.listener.backpressure.BatchAwareBackPressureHandler;
import java.time.Duration;

/**
 * Pauses a delivery queue's polling while its destination's endpoint breaker is open, in front of the container's
 * own back-pressure handler. A paused queue is not received from at all, so its messages keep their receive counts
 * (and stay far from the dead-letter queue) however long the destination is down; once the breaker lets trial sends
 * through, polling resumes by itself.
 */
public final class PollingGate implements BatchAwareBackPressureHandler, IdentifiableContainerComponent {

    private final BatchAwareBackPressureHandler delegate;
    private final Guard endpoint;
    private final Duration recheck;
    private final Object signal = new Object();
    private String id = "polling-gate";

    /**
     * @param delegate the handler that limits messages in flight when the gate is open
     * @param endpoint the endpoint whose breaker opens and closes the gate
     * @param recheck the longest one wait for the breaker lasts before the poller asks again
     */
    public PollingGate(BackPressureHandler delegate, Guard endpoint, Duration recheck) {
        if (!(delegate instanceof BatchAwareBackPressureHandler batchAware)) {
            throw new IllegalArgumentException("the polling gate needs a batch-aware handler to delegate to, got "
                    + delegate.getClass().getName());
        }
        this.delegate = batchAware;
        this.endpoint = endpoint;
        this.recheck = recheck;
        endpoint.breaker().getEventPublisher().onStateTransition(event -> {
            synchronized (signal) {
                signal.notifyAll();
            }
        });
    }

    @Override
    public int requestBatch() throws InterruptedException {
        return paused() ? 0 : delegate.requestBatch();
    }

    @Override
    public int request(int amount) throws InterruptedException {
        return paused() ? 0 : delegate.request(amount);
    }

    /** Waits a while when the breaker is open, so a paused poller does not spin; true when it still is. */
    private boolean paused() throws InterruptedException {
        if (endpoint.admitsSends()) {
            return false;
        }
        synchronized (signal) {
            if (!endpoint.admitsSends()) {
                signal.wait(recheck.toMillis());
            }
        }
        return !endpoint.admitsSends();
    }

    @Override
    public void release(int amount, ReleaseReason reason) {
        delegate.release(amount, reason);
    }

    @Override
    public void release(int amount) {
        delegate.release(amount);
    }

    @Override
    public boolean drain(Duration timeout) {
        return delegate.drain(timeout);
    }

    @Override
    public void setId(String id) {
        this.id = id;
        if (delegate instanceof IdentifiableContainerComponent identifiable) {
            identifiable.setId(id);
        }
    }

    @Override
    public String getId() {
        return id;
    }
}
