package dev.orderrelay.devstack.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultProxyTests {

    private HttpServer upstream;
    private FaultProxy proxy;
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    @BeforeEach
    void startUpstream() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] body = "pong".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upstream.start();
        proxy = FaultProxy.to(
                URI.create("http://127.0.0.1:" + upstream.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.stop(0);
    }

    @Test
    void forwardsTrafficInPassMode() throws Exception {
        assertThat(get(Duration.ofSeconds(2)).body()).isEqualTo("pong");
    }

    @Test
    void listensOnTheGivenPortInFrontOfTheUpstream() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (FaultProxy onPort = FaultProxy.on(
                port, URI.create("http://127.0.0.1:" + upstream.getAddress().getPort()))) {
            assertThat(onPort.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + port));
            HttpResponse<String> answer = client.send(
                    HttpRequest.newBuilder(onPort.endpoint().resolve("/ping"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).isEqualTo("pong");
        }
    }

    @Test
    void looksDownWhenRefusing() {
        proxy.refuse();

        assertThatThrownBy(() -> get(Duration.ofSeconds(2))).isInstanceOf(IOException.class);
    }

    @Test
    void neverAnswersWhenHanging() {
        proxy.hang();

        assertThatThrownBy(() -> get(Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void holdsRepliesBackWhenDelaying() throws Exception {
        proxy.delay(Duration.ofMillis(400));

        assertThatThrownBy(() -> get(Duration.ofMillis(100))).isInstanceOf(HttpTimeoutException.class);
        assertThat(get(Duration.ofSeconds(5)).body()).isEqualTo("pong");
    }

    @Test
    void recoversWhenSwitchedBackToPass() throws Exception {
        proxy.refuse();
        assertThatThrownBy(() -> get(Duration.ofSeconds(2))).isInstanceOf(IOException.class);

        proxy.pass();

        assertThat(get(Duration.ofSeconds(2)).body()).isEqualTo("pong");
    }

    private HttpResponse<String> get(Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(proxy.endpoint().resolve("/ping"))
                .timeout(timeout)
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
