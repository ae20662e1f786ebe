package dev.orderrelay.devstack.destinations;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** Answers a request the way its {@link Fault} says, instead of accepting it. Thread-safe. */
public final class FaultResponder {

    private static final Logger log = LoggerFactory.getLogger(FaultResponder.class);

    /** However a hang is set, a held request is let go after this, so nothing waits forever. */
    public static final Duration MAX_HOLD = Duration.ofMinutes(5);

    private static final int THROTTLED = 429;
    private static final int HANG_RELEASED = 503;
    private static final int DEFAULT_RETRY_AFTER_SECONDS = 1;

    private final Clock clock;
    private final AtomicInteger held = new AtomicInteger();

    public FaultResponder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How many requests a hang is holding right now. */
    public int held() {
        return held.get();
    }

    /**
     * Whether {@code active} answers instead of the peer; a {@link Fault.Mode#DELAY} does not, it lets the peer accept
     * through {@link #answerThrough}.
     */
    public static boolean answersInstead(Optional<ActiveFault> active) {
        return active.isPresent() && active.get().fault().mode() != Fault.Mode.DELAY;
    }

    /**
     * The exchange the peer answers through: for a claimed {@link Fault.Mode#DELAY}, one that holds the answer back
     * the fault's millis (the peer records the event first); otherwise {@code exchange} itself.
     */
    public HttpExchange answerThrough(Optional<ActiveFault> active, HttpExchange exchange) {
        if (active.isEmpty() || active.get().fault().mode() != Fault.Mode.DELAY) {
            return exchange;
        }
        return new DelayedExchange(
                exchange, Duration.ofMillis(active.get().fault().millis()));
    }

    /** Plays {@code active} with bare statuses. */
    public void play(ActiveFault active, String destination, HttpExchange exchange) throws IOException {
        play(active, destination, exchange, FaultReplies.NONE);
    }

    /** Plays {@code active}, answering with the peer's own error bodies from {@code replies} where it has them. */
    public void play(ActiveFault active, String destination, HttpExchange exchange, FaultReplies replies)
            throws IOException {
        Fault fault = active.fault();
        log.debug("fault played destination={} mode={}", destination, fault.mode());
        switch (fault.mode()) {
            case STATUS -> answer(exchange, fault.status(), replies.statusBody(fault.status()));
            case THROTTLE -> {
                int retryAfter = fault.seconds() == null ? DEFAULT_RETRY_AFTER_SECONDS : fault.seconds();
                exchange.getResponseHeaders().set("Retry-After", Integer.toString(retryAfter));
                answer(exchange, THROTTLED, replies.throttleBody());
            }
            case HANG -> hang(active, exchange);
            // Never played: the peer accepts through answerThrough; answered as accepted if a caller plays it anyway.
            case DELAY -> new DelayedExchange(exchange, Duration.ofMillis(fault.millis())).sendResponseHeaders(200, -1);
        }
    }

    private static void answer(HttpExchange exchange, int status, Optional<JsonNode> body) throws IOException {
        if (body.isPresent()) {
            PeerHttp.json(exchange, status, body.get());
        } else {
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private void hang(ActiveFault active, HttpExchange exchange) throws IOException {
        held.incrementAndGet();
        try {
            active.awaitRelease(active.timeLeft(clock.instant(), MAX_HOLD));
        } catch (InterruptedException e) {
            // The server is closing; let the request go like a released one.
            Thread.currentThread().interrupt();
        } finally {
            held.decrementAndGet();
        }
        // The caller has most likely given up by now; a 503 keeps one that waited from taking it as delivered.
        try {
            exchange.sendResponseHeaders(HANG_RELEASED, -1);
        } catch (IOException e) {
            log.debug("held request's caller had already gone");
        }
    }
}
