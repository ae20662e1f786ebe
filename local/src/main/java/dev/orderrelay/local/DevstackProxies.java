package dev.orderrelay.local;

import dev.orderrelay.devstack.fault.FaultMode;
import dev.orderrelay.devstack.fault.FaultProxy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault proxies in front of the devstack's SQS, DynamoDB and S3 servers, by name ({@code sqs}, {@code dynamodb},
 * {@code s3}), when {@code relay.local.devstack.fault-proxies} is on: the proxies take the configured ports and the
 * servers free ones, so whatever uses the configured ports goes through a proxy. Empty when off.
 */
public final class DevstackProxies implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevstackProxies.class);

    private final Map<String, FaultProxy> proxies;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    DevstackProxies(Map<String, FaultProxy> proxies) {
        this.proxies = Map.copyOf(proxies);
        proxies.keySet().forEach(name -> generations.put(name, new AtomicLong()));
    }

    static DevstackProxies none() {
        return new DevstackProxies(Map.of());
    }

    public Set<String> names() {
        return proxies.keySet();
    }

    public Optional<FaultProxy> proxy(String name) {
        return Optional.ofNullable(proxies.get(name));
    }

    /**
     * Switches proxy {@code name} to {@code mode} ({@code delay} holds replies back {@code delay}); with {@code
     * lasting}, back to pass after that long unless switched again meanwhile.
     */
    public void set(String name, FaultMode mode, Duration delay, Optional<Duration> lasting) {
        FaultProxy proxy = proxies.get(name);
        if (proxy == null) {
            throw new IllegalArgumentException("no fault proxy '" + name + "'");
        }
        long generation = generations.get(name).incrementAndGet();
        switch (mode) {
            case PASS -> proxy.pass();
            case REFUSE -> proxy.refuse();
            case HANG -> proxy.hang();
            case DELAY -> proxy.delay(delay);
        }
        log.warn(
                "fault proxy {} switched to {}{}",
                name,
                mode,
                lasting.map(d -> " for " + d).orElse(""));
        lasting.ifPresent(duration -> Thread.ofVirtual()
                .name("fault-proxy-reset-" + name)
                .start(() -> {
                    try {
                        Thread.sleep(duration);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (generations.get(name).get() == generation) {
                        proxy.pass();
                        log.warn("fault proxy {} back to PASS after {}", name, duration);
                    }
                }));
    }

    /** Each proxy's mode, reply delay and endpoint. */
    public Map<String, Map<String, Object>> describe() {
        Map<String, Map<String, Object>> described = new LinkedHashMap<>();
        proxies.forEach((name, proxy) -> described.put(
                name,
                Map.of(
                        "mode", proxy.mode().name().toLowerCase(Locale.ROOT),
                        "delayMillis", proxy.delay().toMillis(),
                        "endpoint", proxy.endpoint().toString())));
        return described;
    }

    @Override
    public void close() {
        proxies.values().forEach(FaultProxy::close);
    }
}
