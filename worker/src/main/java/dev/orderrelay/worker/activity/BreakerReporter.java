package dev.orderrelay.worker.activity;

import dev.orderrelay.ledger.breakers.BreakerBoard;
import dev.orderrelay.ledger.breakers.BreakerState;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reports this worker's circuit breakers (destination endpoints, shop destinations, enrichment's Admin API) to the
 * ledger's breaker board: a breaker's transition at once, and every interval the breakers not closed plus a count of
 * the closed ones, each row expiring after the TTL so a dead worker's rows vanish. Writes run on the reporter's own
 * thread, never on the sending thread whose call moved the breaker. Closed breakers are counted, not listed: a worker
 * holds one per shop destination it has seen, thousands at scale.
 */
public final class BreakerReporter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BreakerReporter.class);

    private final List<CircuitBreakerRegistry> registries;
    private final BreakerBoard board;
    private final String worker;
    private final Duration interval;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Instant> since = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    public BreakerReporter(
            List<CircuitBreakerRegistry> registries,
            BreakerBoard board,
            String worker,
            Duration interval,
            Duration ttl,
            Clock clock) {
        this.registries = List.copyOf(registries);
        this.board = board;
        this.worker = worker;
        this.interval = interval;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Rewrites every breaker that is not closed and the count of closed ones. */
    public void refresh() {
        long closed = 0;
        for (CircuitBreakerRegistry registry : registries) {
            for (CircuitBreaker breaker : registry.getAllCircuitBreakers()) {
                if (breaker.getState() == CircuitBreaker.State.CLOSED) {
                    closed++;
                } else {
                    report(breaker, breaker.getState());
                }
            }
        }
        board.reportClosed(worker, closed, ttl);
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "breaker-report");
            thread.setDaemon(true);
            return thread;
        });
        for (CircuitBreakerRegistry registry : registries) {
            // Listen first, then list: a breaker made in between is watched twice (harmless), never missed.
            registry.getEventPublisher().onEntryAdded(added -> watch(added.getAddedEntry()));
            registry.getAllCircuitBreakers().forEach(this::watch);
        }
        timer.scheduleWithFixedDelay(this::refreshQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    private void watch(CircuitBreaker breaker) {
        since.putIfAbsent(breaker.getName(), clock.instant());
        breaker.getEventPublisher().onStateTransition(event -> {
            since.put(breaker.getName(), clock.instant());
            CircuitBreaker.State to = event.getStateTransition().getToState();
            submit(() -> {
                if (to == CircuitBreaker.State.CLOSED) {
                    board.closed(worker, breaker.getName());
                } else {
                    report(breaker, to);
                }
            });
        });
    }

    private void report(CircuitBreaker breaker, CircuitBreaker.State state) {
        Instant now = clock.instant();
        board.report(
                new BreakerState(
                        worker, breaker.getName(), state.name(), since.getOrDefault(breaker.getName(), now), now),
                ttl);
    }

    private synchronized void submit(Runnable write) {
        if (timer == null) {
            return;
        }
        try {
            timer.execute(() -> {
                try {
                    write.run();
                } catch (RuntimeException e) {
                    log.warn("breaker transition not reported (the next refresh reports it): {}", e.toString());
                }
            });
        } catch (RejectedExecutionException stopping) {
            // Shutting down: the row expires with its TTL.
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("breaker states not reported, retried in {}: {}", interval, e.toString());
        }
    }
}
