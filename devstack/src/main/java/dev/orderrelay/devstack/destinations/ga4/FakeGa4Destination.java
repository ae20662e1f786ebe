package dev.orderrelay.devstack.destinations.ga4;

import dev.orderrelay.devstack.destinations.FakePeer;
import dev.orderrelay.devstack.destinations.LoopbackServer;
import dev.orderrelay.devstack.destinations.PeerState;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for the GA4 Measurement Protocol on 127.0.0.1: {@code POST /mp/collect} and {@code POST
 * /debug/mp/collect}, with {@code measurement_id} and {@code api_secret} in the query, for web streams registered with
 * {@link #register}. Like GA4, collect answers 204 to everything, keeps only valid events for a known stream with the
 * right secret, and drops the rest silently: {@link #dropped()} lists them with the reason, the "success that never
 * landed". Purchases are flagged as duplicates by {@code transaction_id} per stream. Debug answers the validation
 * messages and keeps nothing. Written from GA4's documentation, not from order-relay's sender. Thread-safe.
 *
 * <p>Rejections ({@link #rejectOrders}): treats events whose {@code transaction_id} is one of {@code orderIds} as
 * invalid: debug lists a {@code VALUE_INVALID} on their {@code transaction_id} with {@code reason}, collect drops
 * them with it.
 */
public final class FakeGa4Destination extends FakePeer {

    /** The destination kind, as in {@code /simulator/destinations/{kind}/faults}. */
    public static final String KIND = "ga4";

    public static final String COLLECT_PATH = "/mp/collect";
    public static final String DEBUG_PATH = "/debug/mp/collect";

    private static final Logger log = LoggerFactory.getLogger(FakeGa4Destination.class);

    private final LoopbackServer server;
    private final ConcurrentMap<String, Ga4Stream> streams = new ConcurrentHashMap<>();

    private FakeGa4Destination(LoopbackServer server, Clock clock) {
        super(new PeerState(KIND, clock));
        this.server = server;
        server.context(COLLECT_PATH, new Ga4Endpoint(false, streams::get, state));
        server.context(DEBUG_PATH, new Ga4Endpoint(true, streams::get, state));
    }

    /** Starts on 127.0.0.1 at {@code port} (0 for a free one), judging timestamps by the system clock. */
    public static FakeGa4Destination start(int port) {
        return start(port, Clock.systemUTC());
    }

    /** Starts on 127.0.0.1 at {@code port} (0 for a free one); {@code clock} judges timestamps and faults. */
    public static FakeGa4Destination start(int port, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        FakeGa4Destination ga4 = new FakeGa4Destination(LoopbackServer.bind("ga4-destination", port), clock);
        ga4.server.start();
        log.info("ga4 destination listening port={}", ga4.port());
        return ga4;
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}: stands for {@code https://www.google-analytics.com}. */
    @Override
    public URI baseUri() {
        return server.baseUri();
    }

    /** {@code <base>/mp/collect}, without the query. */
    public URI collectUri() {
        return server.baseUri().resolve(COLLECT_PATH);
    }

    /** {@code <base>/debug/mp/collect}, without the query. */
    public URI debugUri() {
        return server.baseUri().resolve(DEBUG_PATH);
    }

    /** Registers a web stream for {@code shop}, recorded under destination {@code shop}. */
    public void register(String shop, String measurementId, String apiSecret) {
        register(shop, shop, measurementId, apiSecret);
    }

    /**
     * Registers a web stream: events sent with {@code measurementId} and {@code apiSecret} are kept, recorded under
     * {@code destination} and {@code shop}. Registering the measurement id again replaces the stream.
     */
    public void register(String destination, String shop, String measurementId, String apiSecret) {
        Objects.requireNonNull(measurementId, "measurementId");
        streams.put(measurementId, new Ga4Stream(destination, shop, measurementId, apiSecret));
        log.info("ga4 stream registered destination={} shop={} measurementId={}", destination, shop, measurementId);
    }

    /** Forgets the stream: later events for it are dropped as sent to an unknown measurement id. */
    public void unregister(String measurementId) {
        streams.remove(Objects.requireNonNull(measurementId, "measurementId"));
    }

    @Override
    public void close() {
        state.faults().clearAll();
        server.close();
        log.info("ga4 destination stopped port={}", server.port());
    }
}
