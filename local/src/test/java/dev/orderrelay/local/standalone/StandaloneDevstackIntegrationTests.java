package dev.orderrelay.local.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.orderrelay.local.LocalRunArguments;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standalone devstack's simulator API, the app run in this JVM on free ports with its store posting to a
 * stand-in receiver: store batches, subscriptions, the Admin API throttle, the fault proxies and the peers' faults.
 */
class StandaloneDevstackIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private static final AtomicInteger RECEIVED = new AtomicInteger();

    private static HttpServer receiver;
    private static ConfigurableApplicationContext devstack;
    private static URI base;

    @BeforeAll
    static void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/webhooks/shopify", exchange -> {
            exchange.getRequestBody().readAllBytes();
            RECEIVED.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        devstack = StandaloneDevstackApplication.application()
                .run(LocalRunArguments.onFreePorts(
                        0,
                        "--relay.local.devstack.fault-proxies=true",
                        "--relay.local.store.orders-per-minute=0",
                        "--relay.local.store.webhook-loss-rate=0",
                        "--relay.local.store.delete-subscription-after=0s",
                        "--relay.local.store.eventbridge-share=0",
                        "--relay.local.store.webhook-url=http://127.0.0.1:"
                                + receiver.getAddress().getPort() + "/webhooks/shopify"));
        base = URI.create("http://127.0.0.1:" + devstack.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (devstack != null) {
            devstack.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void isReadyOnceTheStoreRuns() throws Exception {
        assertThat(call("GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void createsABatchInTheBackgroundLosingItsShareAndReportsEachOrdersDeliveries() throws Exception {
        HttpResponse<String> created = call("POST", "/simulator/store/orders", "{\"count\":3,\"lossRate\":1}");
        assertThat(created.statusCode()).isEqualTo(202);
        String batch = json(created).get("batch").asString();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> json(call("GET", "/simulator/store/orders?batch=" + batch, null))
                        .get("finished")
                        .asBoolean());
        JsonNode view = json(call("GET", "/simulator/store/orders?batch=" + batch, null));

        assertThat(view.get("requested").asInt()).isEqualTo(3);
        assertThat(view.get("created").asInt()).isEqualTo(3);
        assertThat(view.get("orders")).hasSize(3).allSatisfy(order -> {
            assertThat(order.get("orderId").isString()).isTrue();
            JsonNode create = order.get("deliveries").get(0);
            assertThat(create.get("topic").asString()).isEqualTo("orders/create");
            assertThat(create.get("status").asString()).isEqualTo("LOST");
        });
        assertThat(json(call("GET", "/simulator/store/stats", null))
                        .get("byTopic")
                        .get("orders/create")
                        .get("lost")
                        .asInt())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void sendsABatchsWebhooksToTheConfiguredReceiver() throws Exception {
        int before = RECEIVED.get();

        call("POST", "/simulator/store/orders", "{\"count\":2,\"perSecond\":20,\"lossRate\":0}");

        await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.get() >= before + 2);
    }

    @Test
    void refusesABadBatchAndAnUnknownOne() throws Exception {
        assertThat(call("POST", "/simulator/store/orders", "{\"count\":0}").statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/simulator/store/orders", "{\"count\":1,\"lossRate\":2}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(call("GET", "/simulator/store/orders?batch=nope", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void deletesASubscriptionOnce() throws Exception {
        assertThat(call("DELETE", "/simulator/store/subscriptions?topic=refunds/create", null)
                        .statusCode())
                .isEqualTo(204);

        assertThat(json(call("GET", "/simulator/store/subscriptions", null)).get("subscriptions"))
                .extracting(subscription -> subscription.get("topic").asString())
                .contains("orders/create")
                .doesNotContain("refunds/create");
        assertThat(call("DELETE", "/simulator/store/subscriptions?topic=refunds/create", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(call("DELETE", "/simulator/store/subscriptions?topic=orders/nothing", null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void throttlesTheAdminApiBucketUntilRestored() throws Exception {
        JsonNode throttled = json(call(
                "POST", "/simulator/store/admin-api/throttle", "{\"bucketSize\":50,\"restoreRate\":2,\"seconds\":60}"));
        assertThat(throttled.get("maximumAvailable").asDouble()).isEqualTo(50.0);
        assertThat(throttled.get("restoreRate").asDouble()).isEqualTo(2.0);

        assertThat(call("DELETE", "/simulator/store/admin-api/throttle", null).statusCode())
                .isEqualTo(204);

        JsonNode bucket = json(call("GET", "/simulator/store/stats", null)).get("adminApiBucket");
        assertThat(bucket.get("maximumAvailable").asDouble()).isEqualTo(2000.0);
    }

    @Test
    void switchesTheSqsProxyToRefuseAndBackToPass() throws Exception {
        URI sqs = URI.create(json(call("GET", "/simulator/proxies", null))
                .get("sqs")
                .get("endpoint")
                .asString());
        assertThat(reach(sqs)).isPositive();

        JsonNode refused = json(call("POST", "/simulator/proxies/sqs", "{\"mode\":\"refuse\",\"seconds\":30}"));
        assertThat(refused.get("mode").asString()).isEqualTo("refuse");
        assertThatThrownBy(() -> reach(sqs)).isInstanceOf(IOException.class);

        assertThat(call("DELETE", "/simulator/proxies/sqs", null).statusCode()).isEqualTo(204);
        assertThat(reach(sqs)).isPositive();
        assertThat(call("POST", "/simulator/proxies/kinesis", "{\"mode\":\"refuse\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(call("POST", "/simulator/proxies/s3", "{\"mode\":\"delay\"}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void setsADelayFaultOnAPeerAndListsEventsWithoutPayloads() throws Exception {
        JsonNode fault = json(call(
                "POST",
                "/simulator/destinations/webhook/faults",
                "{\"mode\":\"delay\",\"millis\":2000,\"seconds\":60}"));
        assertThat(fault.get("mode").asString()).isEqualTo("DELAY");
        assertThat(fault.get("millis").asInt()).isEqualTo(2000);
        assertThat(call("DELETE", "/simulator/destinations/webhook/faults", null)
                        .statusCode())
                .isEqualTo(204);

        JsonNode events = json(call("GET", "/simulator/destinations/events?payload=false", null));
        assertThat(events.has("events")).isTrue();
    }

    private static int reach(URI endpoint) throws IOException, InterruptedException {
        return HTTP.send(
                        HttpRequest.newBuilder(endpoint.resolve("/"))
                                .timeout(Duration.ofSeconds(3))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}
