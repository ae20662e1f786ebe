package dev.orderrelay.bench.perf;

/** One operation the load driver times: a webhook post, a raw SQS send. Blocking; runs on a virtual thread. */
@FunctionalInterface
interface Call {

    /**
     * Does operation number {@code sequence}; returns how many units it completed (1 for an accepted webhook, 10 for
     * a batch of ten sends, the messages a receive got), 0 when it failed.
     */
    int call(long sequence) throws Exception;
}
