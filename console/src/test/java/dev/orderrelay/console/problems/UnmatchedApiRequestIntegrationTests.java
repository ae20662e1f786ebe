package dev.orderrelay.console.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.ConsoleApiClient;
import dev.orderrelay.console.ConsoleIntegrationTest;
import dev.orderrelay.console.ConsoleTestStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Requests no console controller takes still get a problem with a code, like every other API error. */
@ConsoleIntegrationTest
class UnmatchedApiRequestIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void answersAnUnknownApiPathWithNotFound() throws Exception {
        HttpResponse<String> response = send("GET", "/api/no-such-thing", "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(codeOf(response)).isEqualTo("not-found");
    }

    @Test
    void answersAMethodThePathDoesNotServeWithMethodNotAllowedAndTheAllowedOnes() throws Exception {
        HttpResponse<String> response = send("DELETE", "/api/shops/demo.myshopify.com", "application/json");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(codeOf(response)).isEqualTo("method-not-allowed");
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allowed -> assertThat(allowed).contains("GET", "PUT"));
    }

    @Test
    void answersABodyThatIsNotJsonWithUnsupportedMediaType() throws Exception {
        HttpResponse<String> response = send("PUT", "/api/shops/demo.myshopify.com", "text/plain");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(codeOf(response)).isEqualTo("unsupported-media-type");
    }

    private HttpResponse<String> send(String method, String path, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        ConsoleApiClient.basic(ConsoleTestStack.ADMIN, ConsoleTestStack.ADMIN_PASSWORD))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String codeOf(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ConsoleApiClient.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        return problem.get("code").asString();
    }
}
