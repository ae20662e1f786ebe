package dev.orderrelay.local.topology;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every port of the production-like local topology on 127.0.0.1. Worker {@code i} (from 0) listens on
 * {@code firstWorker + i} and reconciler {@code i} on {@code firstReconciler + i}, up to {@link #MAX_INSTANCES} of
 * each. With fault proxies on, {@code sqs}, {@code dynamodb} and {@code s3} are the proxies' ports (what the roles
 * use) and the servers behind them take free ports.
 *
 * @param receiver the receiver role (webhooks at {@code /webhooks/shopify})
 * @param console the console role ({@code /console}, {@code /api})
 * @param firstWorker the first worker's port
 * @param firstReconciler the first reconciler's port
 * @param simulator the standalone devstack's own HTTP API ({@code /simulator/...}, readiness)
 * @param sqs the SQS endpoint (ElasticMQ)
 * @param dynamodb the DynamoDB endpoint (DynamoDB Local)
 * @param s3 the S3 endpoint (S3Proxy, path-style)
 * @param webhookPeer the fake signed-webhook endpoint
 * @param ga4 the fake GA4 Measurement Protocol
 * @param segmentUs the fake Segment API, US host
 * @param segmentEu the fake Segment API, EU host
 * @param amplitudeUs the fake Amplitude API, US host
 * @param amplitudeEu the fake Amplitude API, EU host
 * @param adminApi the simulated store's GraphQL Admin API
 */
public record TopologyPorts(
        int receiver,
        int console,
        int firstWorker,
        int firstReconciler,
        int simulator,
        int sqs,
        int dynamodb,
        int s3,
        int webhookPeer,
        int ga4,
        int segmentUs,
        int segmentEu,
        int amplitudeUs,
        int amplitudeEu,
        int adminApi) {

    /** How many workers, and how many reconcilers, one topology can run: the ports reserved for each kind. */
    public static final int MAX_INSTANCES = 4;

    private static final int SINGLE_PORTS = 13;
    private static final int BLOCK = SINGLE_PORTS + 2 * MAX_INSTANCES;
    // Below Linux's ephemeral range (32768+), so an outgoing connection never holds a port picked here.
    private static final int FREE_SEARCH_FROM = 20_000;
    private static final int FREE_SEARCH_TO = 32_000;
    private static final int FREE_SEARCH_ATTEMPTS = 200;

    public TopologyPorts {
        Set<Integer> seen = new HashSet<>();
        for (Map.Entry<String, Integer> port : byName(
                        receiver,
                        console,
                        firstWorker,
                        firstReconciler,
                        simulator,
                        sqs,
                        dynamodb,
                        s3,
                        webhookPeer,
                        ga4,
                        segmentUs,
                        segmentEu,
                        amplitudeUs,
                        amplitudeEu,
                        adminApi)
                .entrySet()) {
            int width = port.getKey().startsWith("first") ? MAX_INSTANCES : 1;
            for (int offset = 0; offset < width; offset++) {
                int value = port.getValue() + offset;
                if (value < 1 || value > 65_535) {
                    throw new IllegalArgumentException("topology port " + port.getKey()
                            + (width > 1 ? " (and the " + (MAX_INSTANCES - 1) + " after it)" : "")
                            + " must be within 1..65535, got " + value);
                }
                if (!seen.add(value)) {
                    throw new IllegalArgumentException("topology port " + value + " of " + port.getKey()
                            + " is also used by another process of the topology; give each its own port"
                            + " (workers and reconcilers take " + MAX_INSTANCES + " consecutive ports each)");
                }
            }
        }
    }

    /** The documented ports (README, docs/topology.md), which a person running the topology uses. */
    public static TopologyPorts defaults() {
        return new TopologyPorts(
                8080, 8081, 8082, 8086, 9099, 9324, 8000, 9090, 9091, 9092, 9093, 9094, 9095, 9096, 9097);
    }

    /**
     * Ports free now on 127.0.0.1, for tests and benchmarks that must not clash with a person's run or with each
     * other: one block of consecutive ports that could all be bound a moment ago.
     */
    public static TopologyPorts free() {
        for (int attempt = 0; attempt < FREE_SEARCH_ATTEMPTS; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(FREE_SEARCH_FROM, FREE_SEARCH_TO - BLOCK);
            if (allFree(base, BLOCK)) {
                int single = base + 2 * MAX_INSTANCES;
                return new TopologyPorts(
                        single,
                        single + 1,
                        base,
                        base + MAX_INSTANCES,
                        single + 2,
                        single + 3,
                        single + 4,
                        single + 5,
                        single + 6,
                        single + 7,
                        single + 8,
                        single + 9,
                        single + 10,
                        single + 11,
                        single + 12);
            }
        }
        throw new IllegalStateException("no block of " + BLOCK + " free ports between " + FREE_SEARCH_FROM + " and "
                + FREE_SEARCH_TO + " on 127.0.0.1 after " + FREE_SEARCH_ATTEMPTS + " attempts");
    }

    /** Worker {@code index}'s port (from 0). */
    public int worker(int index) {
        return instance(firstWorker, index, "worker");
    }

    /** Reconciler {@code index}'s port (from 0). */
    public int reconciler(int index) {
        return instance(firstReconciler, index, "reconciler");
    }

    /** Every single port by its name, workers and reconcilers by their first port. */
    public Map<String, Integer> byName() {
        return byName(
                receiver,
                console,
                firstWorker,
                firstReconciler,
                simulator,
                sqs,
                dynamodb,
                s3,
                webhookPeer,
                ga4,
                segmentUs,
                segmentEu,
                amplitudeUs,
                amplitudeEu,
                adminApi);
    }

    private static int instance(int first, int index, String kind) {
        if (index < 0 || index >= MAX_INSTANCES) {
            throw new IllegalArgumentException(
                    kind + " index must be within 0.." + (MAX_INSTANCES - 1) + ", got " + index);
        }
        return first + index;
    }

    private static Map<String, Integer> byName(
            int receiver,
            int console,
            int firstWorker,
            int firstReconciler,
            int simulator,
            int sqs,
            int dynamodb,
            int s3,
            int webhookPeer,
            int ga4,
            int segmentUs,
            int segmentEu,
            int amplitudeUs,
            int amplitudeEu,
            int adminApi) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("receiver", receiver);
        ports.put("console", console);
        ports.put("firstWorker", firstWorker);
        ports.put("firstReconciler", firstReconciler);
        ports.put("simulator", simulator);
        ports.put("sqs", sqs);
        ports.put("dynamodb", dynamodb);
        ports.put("s3", s3);
        ports.put("webhookPeer", webhookPeer);
        ports.put("ga4", ga4);
        ports.put("segmentUs", segmentUs);
        ports.put("segmentEu", segmentEu);
        ports.put("amplitudeUs", amplitudeUs);
        ports.put("amplitudeEu", amplitudeEu);
        ports.put("adminApi", adminApi);
        return ports;
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
