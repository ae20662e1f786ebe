package dev.orderrelay.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RawHttpTests {

    @Test
    void postsSignedBodiesAndReadsFixedAndChunkedAnswersOnOneConnection() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/webhooks/shopify", exchange -> {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            String body = new String(bytes, StandardCharsets.UTF_8);
            seen.add(exchange.getRequestHeaders().getFirst("X-Shopify-Hmac-Sha256") + " " + bytes.length + " "
                    + exchange.getRemoteAddress().getPort());
            boolean chunked = body.contains("chunked");
            byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(chunked ? 503 : 200, chunked ? 0 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        try (RawHttp http =
                new RawHttp(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))) {
            SignedWebhooks webhooks = new SignedWebhooks("t", 2048);
            byte[] body = webhooks.body(1);

            int first = http.post("/webhooks/shopify", webhooks.headers("orders/create", 1, body), body);
            int second = http.post("/webhooks/shopify", Map.of(), "{\"chunked\":1}".getBytes(StandardCharsets.UTF_8));
            int third = http.post("/webhooks/shopify", Map.of(), "{}".getBytes(StandardCharsets.UTF_8));

            assertThat(List.of(first, second, third)).containsExactly(200, 503, 200);
            assertThat(seen.getFirst()).startsWith(webhooks.sign(body) + " 2048 ");
            // Kept alive: all three came over the same client port.
            assertThat(seen.stream()
                            .map(line -> line.substring(line.lastIndexOf(' ')))
                            .distinct())
                    .hasSize(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void bodiesAreTwoKilobytesWithUniqueIdsAndShopifysHeaders() {
        SignedWebhooks webhooks = new SignedWebhooks("run", 2048);

        byte[] body = webhooks.body(7);
        Map<String, String> headers = webhooks.headers("orders/create", 7, body);

        assertThat(body).hasSize(2048);
        assertThat(new String(body, StandardCharsets.UTF_8)).startsWith("{\"id\":920982911946154515,");
        assertThat(webhooks.body(8)).isNotEqualTo(body);
        assertThat(headers)
                .containsEntry("X-Shopify-Topic", "orders/create")
                .containsEntry("X-Shopify-Shop-Domain", "demo.myshopify.com")
                .containsEntry("X-Shopify-Webhook-Id", "bench-run-7")
                .containsKey("X-Shopify-Hmac-Sha256");
    }
}
