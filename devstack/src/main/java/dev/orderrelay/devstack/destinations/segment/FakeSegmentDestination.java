package dev.orderrelay.devstack.destinations.segment;

import dev.orderrelay.devstack.destinations.FakePeer;
import dev.orderrelay.devstack.destinations.LoopbackServer;
import dev.orderrelay.devstack.destinations.PeerState;
import dev.orderrelay.devstack.destinations.Region;
import java.net.URI;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for Segment's HTTP Tracking API on 127.0.0.1, one server per region as Segment has one host per region:
 * US for {@code api.segment.io}, EU for {@code events.eu1.segmentapis.com}, each serving {@code POST /v1/track} (and
 * the other single calls) and {@code POST /v1/batch}. Sources are registered by write key with their workspace's
 * region. Like Segment it answers 200 {@code {"success": true}} to all but oversized or non-JSON payloads (400), and
 * silently drops messages without a user id, for an unknown write key, or sent to the other region's host:
 * {@link #dropped()} lists them. Repeated {@code messageId}s are recorded flagged as duplicates. Written from Segment's
 * documentation, not from order-relay's sender. Thread-safe.
 *
 * <p>Rejections ({@link #rejectOrders}): answers 400 {@code {"error": reason}} to a request holding a message for one
 * of {@code orderIds}, keeping none of it. Segment itself never refuses a message for its content (it drops it behind
 * a 200); this is a test lever standing for a payload Segment refuses, such as one over its size limit.
 */
public final class FakeSegmentDestination extends FakePeer {

    /** The destination kind, as in {@code /simulator/destinations/{kind}/faults}. */
    public static final String KIND = "segment";

    private static final Logger log = LoggerFactory.getLogger(FakeSegmentDestination.class);

    private final Map<Region, LoopbackServer> servers = new EnumMap<>(Region.class);
    private final ConcurrentMap<String, SegmentSource> sources = new ConcurrentHashMap<>();

    private FakeSegmentDestination(int usPort, int euPort, Clock clock) {
        super(new PeerState(KIND, clock));
        for (Region region : Region.values()) {
            LoopbackServer server =
                    LoopbackServer.bind("segment-" + region.label(), region == Region.US ? usPort : euPort);
            servers.put(region, server);
            server.context(SegmentEndpoint.PATH_PREFIX, new SegmentEndpoint(region, sources::get, state));
        }
    }

    /** Starts the US server at {@code usPort} and the EU one at {@code euPort} (0 for free ones), on the system clock. */
    public static FakeSegmentDestination start(int usPort, int euPort) {
        return start(usPort, euPort, Clock.systemUTC());
    }

    /** Starts both regions' servers (0 for free ports); {@code clock} stamps events and judges faults. */
    public static FakeSegmentDestination start(int usPort, int euPort, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        FakeSegmentDestination segment = new FakeSegmentDestination(usPort, euPort, clock);
        segment.servers.values().forEach(LoopbackServer::start);
        log.info("segment destination listening us={} eu={}", segment.port(Region.US), segment.port(Region.EU));
        return segment;
    }

    /** The US host, {@code http://127.0.0.1:<us port>}. */
    @Override
    public URI baseUri() {
        return baseUri(Region.US);
    }

    /** The region's host without a path, standing for {@code https://api.segment.io} or the EU one. */
    public URI baseUri(Region region) {
        return servers.get(Objects.requireNonNull(region, "region")).baseUri();
    }

    public int port(Region region) {
        return servers.get(Objects.requireNonNull(region, "region")).port();
    }

    /** {@code <region base>/v1/track}. */
    public URI trackUri(Region region) {
        return baseUri(region).resolve(SegmentEndpoint.PATH_PREFIX + "track");
    }

    /** {@code <region base>/v1/batch}. */
    public URI batchUri(Region region) {
        return baseUri(region).resolve(SegmentEndpoint.PATH_PREFIX + "batch");
    }

    /** Registers a source for {@code shop}, recorded under destination {@code shop}. */
    public void register(String shop, String writeKey, Region region) {
        register(shop, shop, writeKey, region);
    }

    /**
     * Registers a source: messages sent with {@code writeKey} to {@code region}'s host are kept, recorded under
     * {@code destination} and {@code shop}; sent to the other region's host they are lost. Registering the write key
     * again replaces the source.
     */
    public void register(String destination, String shop, String writeKey, Region region) {
        if (writeKey == null || writeKey.isBlank()) {
            throw new IllegalArgumentException("a Segment source needs a write key");
        }
        sources.put(writeKey, new SegmentSource(destination, shop, region));
        log.info("segment source registered destination={} shop={} region={}", destination, shop, region.label());
    }

    /** Forgets the source: later messages with its write key are dropped as sent with an unknown one. */
    public void unregister(String writeKey) {
        sources.remove(Objects.requireNonNull(writeKey, "writeKey"));
    }

    @Override
    public void close() {
        state.faults().clearAll();
        servers.values().forEach(LoopbackServer::close);
        log.info("segment destination stopped");
    }
}
