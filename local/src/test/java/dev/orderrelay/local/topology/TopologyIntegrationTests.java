package dev.orderrelay.local.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production-like topology from the built jars: the standalone devstack, a receiver and a worker, each its own
 * process on free ports. A signed webhook is taken, the store's order reaches the fake peers, a worker killed with
 * SIGKILL comes back and delivers again, and closing leaves no process behind.
 */
class TopologyIntegrationTests {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private static Topology topology;

    @BeforeAll
    static void start() {
        // Tests run in the module directory; the jars and local/topology/ are found from the repository root.
        Path repository = Path.of("").toAbsolutePath().getParent();
        topology = Topology.start(TopologySettings.defaults(repository)
                .withLogDirectory(repository.resolve("local/target/topology-it"))
                .withPorts(TopologyPorts.free())
                .withReconcilers(0)
                .withConsole(false)
                .withStoreCreatesOrders(false)
                // Quick start-up over peak speed: these JVMs live a minute.
                .withJvmOptions(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k")));
    }

    @AfterAll
    static void stop() {
        if (topology != null) {
            topology.close();
        }
    }

    @Test
    void runsEachRoleAsItsOwnProcessDeliversSurvivesAKilledWorkerAndLeavesNothingBehind() throws Exception {
        List<RoleProcess> processes = new ArrayList<>();
        processes.add(topology.devstack());
        processes.addAll(topology.roles());
        assertThat(processes).extracting(RoleProcess::name).containsExactly("devstack", "receiver", "worker-1");
        assertThat(processes).extracting(RoleProcess::pid).doesNotHaveDuplicates();
        assertThat(processes).allMatch(RoleProcess::isAlive);

        assertThat(postWebhook("dev-shopify-secret")).isEqualTo(200);
        assertThat(postWebhook("not-the-app-secret")).isEqualTo(401);

        String first = createOrder();
        await().atMost(DELIVERY).until(() -> deliveredToEveryPeer(first));

        RoleProcess worker = topology.workers().getFirst();
        long killed = worker.pid();
        worker.kill();
        assertThat(worker.isAlive()).isFalse();
        assertThat(ProcessHandle.of(killed).filter(ProcessHandle::isAlive)).isEmpty();

        worker.start();
        assertThat(worker.pid()).isNotEqualTo(killed);
        String second = createOrder();
        await().atMost(DELIVERY).until(() -> deliveredToEveryPeer(second));

        List<Long> pids = new ArrayList<>();
        processes.forEach(process -> pids.add(process.pid()));
        topology.close();
        topology = null;
        assertThat(pids)
                .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                        .as("process %d after close", pid)
                        .isEmpty());
    }

    /** A store order in a batch of one; returns its id once created. */
    private static String createOrder() throws Exception {
        JsonNode batch = send(HttpRequest.newBuilder(topology.simulator().resolve("/simulator/store/orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"count\":1,\"perSecond\":0,\"lossRate\":0}"))
                .build());
        URI batchUri = topology.simulator()
                .resolve("/simulator/store/orders?batch=" + batch.get("batch").asString());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get(batchUri).get("finished").asBoolean());
        return get(batchUri).get("orders").get(0).get("orderId").asString();
    }

    private static boolean deliveredToEveryPeer(String orderId) throws Exception {
        JsonNode events = get(
                topology.simulator().resolve("/simulator/destinations/events?payload=false&shop=" + topology.shop()));
        List<String> kinds = new ArrayList<>();
        for (JsonNode event : events.get("events")) {
            if (orderId.equals(event.get("orderId").asString(""))) {
                kinds.add(event.get("kind").asString());
            }
        }
        return kinds.containsAll(List.of("webhook", "ga4", "segment", "amplitude"));
    }

    private static int postWebhook(String secret) throws Exception {
        String body = "{\"id\":820982911946154508,\"name\":\"#9001\",\"total_price\":\"10.00\"}";
        return HTTP.send(
                        HttpRequest.newBuilder(topology.webhooks())
                                .header("Content-Type", "application/json")
                                .header("X-Shopify-Topic", "orders/create")
                                .header("X-Shopify-Shop-Domain", topology.shop())
                                .header("X-Shopify-Webhook-Id", "topology-" + UUID.randomUUID())
                                .header("X-Shopify-Hmac-Sha256", hmac(secret, body))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String hmac(String secret, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode get(URI uri) throws Exception {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private static JsonNode send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(request, (name, value) -> true)
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("%s %s", request.method(), request.uri())
                .isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}
