package dev.orderrelay.devstack.destinations.amplitude;

import dev.orderrelay.devstack.destinations.FakePeer;
import dev.orderrelay.devstack.destinations.LoopbackServer;
import dev.orderrelay.devstack.destinations.PeerState;
import dev.orderrelay.devstack.destinations.Region;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for Amplitude's HTTP V2 API on 127.0.0.1, one server per region as Amplitude has one host per region: US
 * for {@code api2.amplitude.com}, EU for {@code api.eu.amplitude.com}, each serving {@code POST /2/httpapi}. Projects
 * are registered by API key with their region. Like Amplitude it takes an upload whole or not at all: 400 with the
 * offending event indices by field, 413 above 1 MB or 2000 events, 429 listing throttled ids (over 30 events a second
 * for one id, or ids a test throttles), else 200 with {@code events_ingested}. Repeated {@code insert_id}s within 7
 * days are recorded flagged as duplicates. Written from Amplitude's documentation, not from order-relay's sender.
 * Thread-safe.
 *
 * <p>Rejections ({@link #rejectOrders}): answers 400 to an upload holding events whose {@code
 * event_properties.order_id} is one of {@code orderIds}, listing their indices under {@code
 * events_with_invalid_fields.event_properties} and ingesting nothing of it. Amplitude's body carries no free text per
 * event, so {@code reason} only reaches the log.
 */
public final class FakeAmplitudeDestination extends FakePeer {

    /** The destination kind, as in {@code /simulator/destinations/{kind}/faults}. */
    public static final String KIND = "amplitude";

    private static final Logger log = LoggerFactory.getLogger(FakeAmplitudeDestination.class);

    private final Map<Region, LoopbackServer> servers = new EnumMap<>(Region.class);
    private final ConcurrentMap<String, AmplitudeProject> projects = new ConcurrentHashMap<>();
    private final IdThrottles throttles;

    private FakeAmplitudeDestination(int usPort, int euPort, Clock clock) {
        super(new PeerState(KIND, clock));
        this.throttles = new IdThrottles(clock);
        for (Region region : Region.values()) {
            LoopbackServer server =
                    LoopbackServer.bind("amplitude-" + region.label(), region == Region.US ? usPort : euPort);
            servers.put(region, server);
            server.context("/", new HttpApiEndpoint(region, projects::get, state, throttles));
        }
    }

    /** Starts the US server at {@code usPort} and the EU one at {@code euPort} (0 for free ones), on the system clock. */
    public static FakeAmplitudeDestination start(int usPort, int euPort) {
        return start(usPort, euPort, Clock.systemUTC());
    }

    /** Starts both regions' servers (0 for free ports); {@code clock} judges rates, dedupe windows and faults. */
    public static FakeAmplitudeDestination start(int usPort, int euPort, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        FakeAmplitudeDestination amplitude = new FakeAmplitudeDestination(usPort, euPort, clock);
        amplitude.servers.values().forEach(LoopbackServer::start);
        log.info("amplitude destination listening us={} eu={}", amplitude.port(Region.US), amplitude.port(Region.EU));
        return amplitude;
    }

    /** The US host, {@code http://127.0.0.1:<us port>}. */
    @Override
    public URI baseUri() {
        return baseUri(Region.US);
    }

    /** The region's host without a path, standing for {@code https://api2.amplitude.com} or the EU one. */
    public URI baseUri(Region region) {
        return servers.get(Objects.requireNonNull(region, "region")).baseUri();
    }

    public int port(Region region) {
        return servers.get(Objects.requireNonNull(region, "region")).port();
    }

    /** {@code <region base>/2/httpapi}. */
    public URI httpApiUri(Region region) {
        return baseUri(region).resolve(HttpApiEndpoint.PATH);
    }

    /** Registers a project for {@code shop}, recorded under destination {@code shop}. */
    public void register(String shop, String apiKey, Region region) {
        register(shop, shop, apiKey, region);
    }

    /**
     * Registers a project: uploads with {@code apiKey} to {@code region}'s host are taken, recorded under
     * {@code destination} and {@code shop}; to the other region's host they get {@code Invalid API key}. Registering
     * the key again replaces the project.
     */
    public void register(String destination, String shop, String apiKey, Region region) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("an Amplitude project needs an API key");
        }
        projects.put(apiKey, new AmplitudeProject(destination, shop, region));
        log.info("amplitude project registered destination={} shop={} region={}", destination, shop, region.label());
    }

    /** Forgets the project: later uploads with its key get {@code Invalid API key}. */
    public void unregister(String apiKey) {
        projects.remove(Objects.requireNonNull(apiKey, "apiKey"));
    }

    /** Answers 429 to uploads holding events for {@code userId} until {@code duration} has passed on the clock. */
    public void throttleUser(String userId, Duration duration) {
        throttles.holdUser(Objects.requireNonNull(userId, "userId"), Objects.requireNonNull(duration, "duration"));
    }

    /** Answers 429 to uploads holding events for {@code deviceId} until {@code duration} has passed on the clock. */
    public void throttleDevice(String deviceId, Duration duration) {
        throttles.holdDevice(
                Objects.requireNonNull(deviceId, "deviceId"), Objects.requireNonNull(duration, "duration"));
    }

    /** Lifts every per-id throttle and forgets the recent rates. */
    public void clearThrottles() {
        throttles.clear();
    }

    @Override
    public void close() {
        state.faults().clearAll();
        servers.values().forEach(LoopbackServer::close);
        log.info("amplitude destination stopped");
    }
}
