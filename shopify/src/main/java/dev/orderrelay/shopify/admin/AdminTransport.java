package dev.orderrelay.shopify.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts one GraphQL request to a shop and returns what came back, whatever the status. The request timeout covers the
 * whole exchange, body included (HttpClient's own timeout stops counting once the headers are in).
 */
final class AdminTransport {

    private final HttpClient http;
    private final Duration requestTimeout;

    AdminTransport(HttpClient http, Duration requestTimeout) {
        this.http = http;
        this.requestTimeout = requestTimeout;
    }

    /**
     * @throws HttpTimeoutException when no complete answer came within the request timeout
     * @throws IOException when the connection failed
     */
    AdminAnswer post(URI endpoint, ShopifyAccessToken token, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-Shopify-Access-Token", token.value())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response = exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new AdminAnswer(
                    response.statusCode(),
                    response.body(),
                    AdminAnswer.parseRetryAfter(response.headers().firstValue("Retry-After")));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no complete answer within " + requestTimeout);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("request failed: " + e.getCause(), e.getCause());
        }
    }
}
