package dev.orderrelay.devstack.destinations;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for merchants' endpoints that receive order-relay's signed webhooks: one HTTP server on 127.0.0.1
 * hosting any number of named destinations at {@code /hooks/{name}}, each with its own secret. It verifies the
 * Standard Webhooks signature and timestamp, records every accepted event (a repeated {@code webhook-id} is recorded
 * too, flagged as a duplicate), and can be told to fail. Thread-safe; {@link #close()} releases held requests and
 * stops the server.
 */
public final class FakeWebhookDestination implements AutoCloseable {

    /** The destination kind, as in {@code /simulator/destinations/{kind}/faults}. */
    public static final String KIND = "webhook";

    private static final Logger log = LoggerFactory.getLogger(FakeWebhookDestination.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~-]{1,255}");
    private static final int BACKLOG = 100;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ConcurrentMap<String, WebhookSecret> secrets = new ConcurrentHashMap<>();
    private final EventLog events = new EventLog(KIND);
    private final DestinationFaults faults;
    private final FaultResponder faultResponder;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FakeWebhookDestination(HttpServer server, ExecutorService executor, Clock clock) {
        this.server = server;
        this.executor = executor;
        this.faults = new DestinationFaults(clock);
        this.faultResponder = new FaultResponder(clock);
        server.createContext(
                WebhookEndpoint.PATH_PREFIX, new WebhookEndpoint(secrets::get, faults, faultResponder, events, clock));
    }

    /** Starts a server on 127.0.0.1 at {@code port} (0 for a free one), judging timestamps by the system clock. */
    public static FakeWebhookDestination start(int port) {
        return start(port, Clock.systemUTC());
    }

    /** Starts a server on 127.0.0.1 at {@code port} (0 for a free one); {@code clock} judges timestamps and faults. */
    public static FakeWebhookDestination start(int port, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        HttpServer server;
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            server = HttpServer.create(new InetSocketAddress(loopback, port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("webhook destination could not listen on 127.0.0.1:" + port, e);
        }
        // One virtual thread per request, so a hang fault holding requests never stalls the others.
        ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("webhook-destination-", 0).factory());
        server.setExecutor(executor);
        FakeWebhookDestination destination = new FakeWebhookDestination(server, executor, clock);
        server.start();
        log.info("webhook destination listening port={}", destination.port());
        return destination;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Hosts a destination under {@code name} (letters, digits, {@code . _ ~ -}), replacing its secret if it already
     * exists, and returns its URL.
     */
    public URI register(String name, WebhookSecret secret) {
        Objects.requireNonNull(secret, "secret");
        secrets.put(checkedName(name), secret);
        log.info("webhook destination registered destination={}", name);
        return url(name);
    }

    /** Stops hosting {@code name}: later requests get 404. Its recorded events stay. */
    public void unregister(String name) {
        secrets.remove(Objects.requireNonNull(name, "name"));
    }

    /** Where the destination registered as {@code name} receives webhooks. */
    public URI url(String name) {
        return URI.create("http://127.0.0.1:" + port() + WebhookEndpoint.PATH_PREFIX + checkedName(name));
    }

    /** Every accepted event in arrival order, duplicates included and flagged. */
    public List<RecordedEvent> events() {
        return events.matching(EventFilter.ANY);
    }

    /** The accepted events that {@code filter} matches, in arrival order. */
    public List<RecordedEvent> events(EventFilter filter) {
        return events.matching(Objects.requireNonNull(filter, "filter"));
    }

    /** Forgets every recorded event and every key seen. */
    public void clearEvents() {
        events.clear();
    }

    /** Fails requests to every destination on this server as {@code fault} says, replacing the previous such fault. */
    public void setFault(Fault fault) {
        faults.set(Objects.requireNonNull(fault, "fault"));
        log.info("fault set destination=* fault={}", fault);
    }

    /** Fails requests to {@code destination} only; while it applies it wins over a fault set for all. */
    public void setFault(String destination, Fault fault) {
        faults.set(checkedName(destination), Objects.requireNonNull(fault, "fault"));
        log.info("fault set destination={} fault={}", destination, fault);
    }

    /** Clears every fault on this server, per-destination ones included, and releases the requests held by a hang. */
    public void clearFault() {
        faults.clearAll();
        log.info("faults cleared destination=*");
    }

    /** Clears the fault set for {@code destination} alone. */
    public void clearFault(String destination) {
        faults.clear(Objects.requireNonNull(destination, "destination"));
        log.info("faults cleared destination={}", destination);
    }

    /** The fault set for all destinations, while it still applies. */
    public Optional<Fault> fault() {
        return faults.current();
    }

    /** The fault set for {@code destination} alone, while it still applies. */
    public Optional<Fault> fault(String destination) {
        return faults.current(Objects.requireNonNull(destination, "destination"));
    }

    /** How many requests a hang fault is holding right now. */
    public int heldRequests() {
        return faultResponder.held();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        faults.clearAll();
        server.stop(0);
        executor.shutdownNow();
        log.info("webhook destination stopped port={}", server.getAddress().getPort());
    }

    private static String checkedName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "destination name must be 1 to 255 letters, digits or . _ ~ -, was '" + name + "'");
        }
        return name;
    }
}
