package dev.orderrelay.shopify.admin.token;

import dev.orderrelay.shopify.admin.ShopifyAccessToken;
import dev.orderrelay.shopify.admin.ShopifyShop;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shopify's OAuth token endpoint, for one job: exchanging a refresh token. {@code POST https://{shop}/admin/oauth/access_token}
 * with {@code client_id}, {@code client_secret}, {@code grant_type=refresh_token} and {@code refresh_token} as JSON (as
 * Shopify's own libraries send it); the answer holds {@code access_token}, {@code expires_in}, {@code refresh_token}
 * and {@code refresh_token_expires_in} (seconds).
 */
final class OAuthTokenEndpoint {

    private final HttpClient http;
    private final Duration requestTimeout;
    private final JsonMapper mapper = JsonMapper.builder().build();

    OAuthTokenEndpoint(HttpClient http, Duration requestTimeout) {
        this.http = http;
        this.requestTimeout = requestTimeout;
    }

    /** The new token, its expiry counted from {@code now}. */
    OfflineToken refresh(ShopifyShop shop, ShopifyAppCredentials app, OfflineToken current, Instant now) {
        ObjectNode body = mapper.createObjectNode();
        body.put("client_id", app.clientId());
        body.put("client_secret", app.clientSecret());
        body.put("grant_type", "refresh_token");
        body.put("refresh_token", current.refreshToken());
        HttpRequest request = HttpRequest.newBuilder(URI.create(shop.baseUri() + "/admin/oauth/access_token"))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(body)))
                .build();
        HttpResponse<byte[]> response = send(shop, request);
        int status = response.statusCode();
        JsonNode answer = parse(response.body());
        if (status >= 500 || status == 429) {
            throw failure(
                    shop, "Shopify answered HTTP " + status + "; the refresh is tried again on the next request", true);
        }
        if (status != 200) {
            throw failure(
                    shop,
                    "Shopify refused the refresh token (HTTP " + status + errorCode(answer) + "): it has expired, was"
                            + " revoked or was already replaced. Make sure the store persists each refreshed token;"
                            + " otherwise the merchant must open the app again so that it gets new tokens",
                    false);
        }
        JsonNode accessToken = answer.path("access_token");
        if (!accessToken.isString() || accessToken.stringValue().isBlank()) {
            throw failure(shop, "Shopify's answer holds no access_token", true);
        }
        JsonNode refreshToken = answer.path("refresh_token");
        return new OfflineToken(
                ShopifyAccessToken.of(accessToken.stringValue()),
                after(now, answer.path("expires_in")),
                refreshToken.isString() && !refreshToken.stringValue().isBlank()
                        ? refreshToken.stringValue()
                        : current.refreshToken(),
                refreshToken.isString()
                        ? after(now, answer.path("refresh_token_expires_in"))
                        : current.refreshTokenExpiresAt());
    }

    private HttpResponse<byte[]> send(ShopifyShop shop, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw failure(shop, "no answer within " + requestTimeout, true, e);
        } catch (IOException e) {
            throw failure(shop, "the token endpoint could not be reached: " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(shop, "interrupted", true, e);
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode json = mapper.readTree(body);
            return json == null ? mapper.missingNode() : json;
        } catch (JacksonException e) {
            return mapper.missingNode();
        }
    }

    /** Shopify's {@code error} code (e.g. {@code invalid_grant}); its description is left out as it may echo input. */
    private static String errorCode(JsonNode answer) {
        JsonNode error = answer.path("error");
        return error.isString() && error.stringValue().matches("[a-z_]{1,64}") ? " " + error.stringValue() : "";
    }

    private static Instant after(Instant now, JsonNode seconds) {
        return seconds.isNumber() ? now.plusSeconds(seconds.longValue()) : null;
    }

    private static ShopifyTokenRefreshException failure(ShopifyShop shop, String why, boolean retryLater) {
        return failure(shop, why, retryLater, null);
    }

    private static ShopifyTokenRefreshException failure(
            ShopifyShop shop, String why, boolean retryLater, Throwable cause) {
        return new ShopifyTokenRefreshException(
                shop.domain(),
                "Could not refresh the offline access token of shop " + shop.domain() + " (reference '"
                        + shop.tokenReference() + "'): " + why + ".",
                retryLater,
                cause);
    }
}
