package dev.orderrelay.local.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP beside the browser: the simulator's API (faults, what each fake destination accepted), the console's
 * API with HTTP Basic, and a POST sent with a signed-in browser's own session and CSRF token, so a test can show that
 * the role, not a missing token, is what refuses it.
 */
final class ConsoleHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    ConsoleHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Makes the fake destination of {@code kind} play {@code faultJson}, e.g. {@code {"mode":"status",...}}. */
    void fault(String kind, String faultJson) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/simulator/destinations/" + kind + "/faults"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(faultJson)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("simulator refused the fault: " + response.body());
        }
    }

    void clearFault(String kind) {
        send(HttpRequest.newBuilder(uri("/simulator/destinations/" + kind + "/faults"))
                .DELETE());
    }

    /** What the fake destination of {@code kind} accepted for {@code shop}, duplicates flagged. */
    JsonNode accepted(String kind, String shop) {
        return JSON.readTree(send(HttpRequest.newBuilder(
                                        uri("/simulator/destinations/events?shop=" + shop + "&kind=" + kind))
                                .GET())
                        .body())
                .path("events");
    }

    /** A POST to the console's API with HTTP Basic credentials. */
    HttpResponse<String> apiPost(String path, String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * A form POST as {@code browser}'s signed-in user: its cookies, and the CSRF token of the page it shows (the
     * layout puts it in a meta tag for htmx).
     */
    HttpResponse<String> postAs(Browser browser, String path) {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        String header = browser.driver()
                .findElement(By.cssSelector("meta[name=csrf-header]"))
                .getDomAttribute("content");
        String token = browser.driver()
                .findElement(By.cssSelector("meta[name=csrf-token]"))
                .getDomAttribute("content");
        return send(HttpRequest.newBuilder(uri(path))
                .header("Cookie", cookies)
                .header(header, token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("call to the local run failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
