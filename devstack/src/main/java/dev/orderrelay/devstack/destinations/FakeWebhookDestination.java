package dev.orderrelay.devstack.destinations;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for merchants' endpoints that receive order-relay's signed webhooks: one HTTP server on 127.0.0.1
 * hosting any number of named destinations at {@code /hooks/{name}}, each with its own secret. It verifies the
 * Standard Webhooks signature and timestamp, records every accepted event (a repeated {@code webhook-id} is recorded
 * too, flagged as a duplicate), and can be told to fail, or to refuse chosen orders with a 400 and a reason.
 * Thread-safe; {@link #close()} releases held requests and stops the server.
 */
public final class FakeWebhookDestination implements SimulatedPeer {

    /** The destination kind, as in {@code /simulator/destinations/{kind}/faults}. */
    public static final String KIND = "webhook";

    private static final Logger log = LoggerFactory.getLogger(FakeWebhookDestination.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~-]{1,255}");

    private final LoopbackServer server;
    private final ConcurrentMap<String, WebhookSecret> secrets = new ConcurrentHashMap<>();
    private final PeerState state;

    private FakeWebhookDestination(LoopbackServer server, Clock clock) {
        this.server = server;
        this.state = new PeerState(KIND, clock);
        server.context(WebhookEndpoint.PATH_PREFIX, new WebhookEndpoint(secrets::get, state));
    }

    /** Starts a server on 127.0.0.1 at {@code port} (0 for a free one), judging timestamps by the system clock. */
    public static FakeWebhookDestination start(int port) {
        return start(port, Clock.systemUTC());
    }

    /** Starts a server on 127.0.0.1 at {@code port} (0 for a free one); {@code clock} judges timestamps and faults. */
    public static FakeWebhookDestination start(int port, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        FakeWebhookDestination destination =
                new FakeWebhookDestination(LoopbackServer.bind("webhook-destination", port), clock);
        destination.server.start();
        log.info("webhook destination listening port={}", destination.port());
        return destination;
    }

    @Override
    public String kind() {
        return KIND;
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}; each destination is under {@code /hooks/{name}} there, see {@link #url}. */
    @Override
    public URI baseUri() {
        return server.baseUri();
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
        return server.baseUri().resolve(WebhookEndpoint.PATH_PREFIX + checkedName(name));
    }

    /** Every accepted event in arrival order, duplicates included and flagged. */
    public List<RecordedEvent> events() {
        return state.events().matching(EventFilter.ANY);
    }

    /** The accepted events that {@code filter} matches, in arrival order. */
    @Override
    public List<RecordedEvent> events(EventFilter filter) {
        return state.events().matching(Objects.requireNonNull(filter, "filter"));
    }

    /** Always empty: a merchant's endpoint refuses what it does not keep, with a 4xx the sender sees. */
    @Override
    public List<DroppedEvent> dropped() {
        return List.of();
    }

    /** Forgets every recorded event and every key seen. */
    @Override
    public void clearEvents() {
        state.events().clear();
    }

    /** Answers 400 with {@code reason} as plain text to correctly signed events for these orders. */
    @Override
    public void rejectOrders(Set<String> orderIds, String reason) {
        state.rejections().reject(orderIds, reason);
        log.info("orders rejected kind={} count={}", KIND, orderIds.size());
    }

    @Override
    public void clearRejections() {
        state.rejections().clear();
    }

    /** Fails requests to every destination on this server as {@code fault} says, replacing the previous such fault. */
    @Override
    public void setFault(Fault fault) {
        state.faults().set(Objects.requireNonNull(fault, "fault"));
        log.info("fault set destination=* fault={}", fault);
    }

    /** Fails requests to {@code destination} only; while it applies it wins over a fault set for all. */
    public void setFault(String destination, Fault fault) {
        state.faults().set(checkedName(destination), Objects.requireNonNull(fault, "fault"));
        log.info("fault set destination={} fault={}", destination, fault);
    }

    /** Clears every fault on this server, per-destination ones included, and releases the requests held by a hang. */
    @Override
    public void clearFault() {
        state.faults().clearAll();
        log.info("faults cleared destination=*");
    }

    /** Clears the fault set for {@code destination} alone. */
    public void clearFault(String destination) {
        state.faults().clear(Objects.requireNonNull(destination, "destination"));
        log.info("faults cleared destination={}", destination);
    }

    /** The fault set for all destinations, while it still applies. */
    @Override
    public Optional<Fault> fault() {
        return state.faults().current();
    }

    /** The fault set for {@code destination} alone, while it still applies. */
    public Optional<Fault> fault(String destination) {
        return state.faults().current(Objects.requireNonNull(destination, "destination"));
    }

    /** How many requests a hang fault is holding right now. */
    public int heldRequests() {
        return state.faultResponder().held();
    }

    @Override
    public void close() {
        state.faults().clearAll();
        server.close();
        log.info("webhook destination stopped port={}", server.port());
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
