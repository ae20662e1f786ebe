package dev.orderrelay.receiver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ReceiverIntegrationTest
class OperationsIntegrationTests {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void reportsLiveAndReadyForKubernetesProbes() throws Exception {
        assertThat(get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void publishesWebhookCountersAndEnqueueTimesForPrometheus() throws Exception {
        TestWebhook.order("{}").postTo(port);
        TestWebhook.order("{}").signedWith("wrong").postTo(port);

        String metrics = get("/actuator/prometheus").body();

        assertThat(metrics)
                .contains("relay_webhooks_total{")
                .contains("outcome=\"accepted\"")
                .contains("outcome=\"rejected\"")
                .contains("relay_webhooks_enqueue_seconds_bucket");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }
}
