package dev.orderrelay.shopify.admin;

import java.time.Duration;

/** How the client waits for the cost bucket or a back-off; tests pass one that records the waits and moves a clock. */
@FunctionalInterface
public interface Sleeper {

    /** Waits this long. */
    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep(Duration)}. */
    static Sleeper system() {
        return Thread::sleep;
    }
}
