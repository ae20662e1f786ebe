package dev.orderrelay.shopify.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes one GraphQL call to one shop and returns its {@code data}: paced by the shop's cost bucket, retried while
 * Shopify throttles (200 or 429) or fails transiently (5xx, connection errors, timeouts), retried once with a renewed
 * token after a 401, and turned into a {@link ShopifyAdminException} otherwise. Every loop is bounded by the settings.
 * Logs name the shop, the document, statuses and costs; never a token or a body.
 */
final class GraphqlCaller {

    private static final Logger log = LoggerFactory.getLogger(GraphqlCaller.class);

    private final ShopifyShop shop;
    private final URI endpoint;
    private final ShopifyAdminSettings settings;
    private final AccessTokens tokens;
    private final AdminTransport transport;
    private final ShopPacing pacing;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Sleeper sleeper;
    private final JsonMapper mapper;

    GraphqlCaller(
            ShopifyShop shop,
            ShopifyAdminSettings settings,
            AccessTokens tokens,
            AdminTransport transport,
            ShopPacing pacing,
            RetryPolicy retry,
            Clock clock,
            Sleeper sleeper,
            JsonMapper mapper) {
        this.shop = shop;
        this.endpoint = shop.graphqlEndpoint(settings.apiVersion());
        this.settings = settings;
        this.tokens = tokens;
        this.transport = transport;
        this.pacing = pacing;
        this.retry = retry;
        this.clock = clock;
        this.sleeper = sleeper;
        this.mapper = mapper;
    }

    /** Sends the document with these variables and returns the answer's {@code data}. */
    ObjectNode call(AdminDocument document, ObjectNode variables) {
        ObjectNode request = mapper.createObjectNode();
        request.put("query", document.text());
        request.set("variables", variables);
        byte[] body = mapper.writeValueAsBytes(request);
        Attempts attempts = new Attempts();
        try {
            while (true) {
                ObjectNode data = attempt(document, body, attempts);
                if (data != null) {
                    return data;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShopifyUnavailableException(
                    shop.domain(),
                    "Interrupted while calling " + document.documentName() + " for shop " + shop.domain(),
                    e);
        }
    }

    /** One attempt: its data, or {@code null} to go round again (the wait, if any, already done). */
    private ObjectNode attempt(AdminDocument document, byte[] body, Attempts attempts) throws InterruptedException {
        Duration wait = pacing.reserve(document, clock.instant(), settings.maxPacingWait())
                .orElseThrow(() -> new ShopifyUnavailableException(
                        shop.domain(),
                        "Shopify's cost bucket of shop " + shop.domain() + " would hold " + document.documentName()
                                + " longer than " + settings.maxPacingWait() + " (about "
                                + Math.round(pacing.levelAt(clock.instant())) + " points left); not sent, try later",
                        null));
        pause(wait, document, "waiting for the cost bucket");
        ShopifyAccessToken token = tokens.tokenFor(shop);
        AdminAnswer answer;
        try {
            answer = transport.post(endpoint, token, body);
        } catch (HttpTimeoutException e) {
            return retryTransient(
                    document, attempts, "no answer within " + settings.requestTimeout(), e, Optional.empty());
        } catch (IOException e) {
            return retryTransient(document, attempts, "connection failed: " + e, e, Optional.empty());
        }
        int status = answer.status();
        if (status == 401) {
            return renewOrReject(document, attempts, token);
        }
        if (status >= 500) {
            return retryTransient(document, attempts, "HTTP " + status, null, answer.retryAfter());
        }
        if (status != 200 && status != 429) {
            throw Rejections.status(shop, document, status, settings.apiVersion());
        }
        return read(document, answer, attempts);
    }

    private ObjectNode read(AdminDocument document, AdminAnswer answer, Attempts attempts) throws InterruptedException {
        JsonNode json = parse(answer.body());
        if (json == null) {
            return answer.status() == 429
                    ? retryThrottled(document, attempts, null, answer.retryAfter())
                    : retryTransient(document, attempts, "an answer that is not JSON", null, Optional.empty());
        }
        QueryCost cost = QueryCost.from(json);
        if (cost != null) {
            pacing.observe(document, cost, clock.instant());
        }
        JsonNode errors = json.path("errors");
        if (answer.status() == 429 || Rejections.THROTTLED.equals(Rejections.firstCode(errors))) {
            return retryThrottled(document, attempts, cost, answer.retryAfter());
        }
        if (Rejections.present(errors)) {
            throw Rejections.graphql(shop, document, errors, settings.apiVersion());
        }
        if (!(json.get("data") instanceof ObjectNode data)) {
            return retryTransient(document, attempts, "an answer without data", null, Optional.empty());
        }
        log.debug(
                "Shopify answered {} for shop={} requestedCost={} available={}",
                document.documentName(),
                shop.domain(),
                cost == null ? "?" : cost.requested(),
                cost == null ? "?" : cost.currentlyAvailable());
        return data;
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode json = mapper.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private ObjectNode retryTransient(
            AdminDocument document, Attempts attempts, String reason, Throwable cause, Optional<Duration> retryAfter)
            throws InterruptedException {
        attempts.transientFailures++;
        if (attempts.transientFailures >= settings.maxAttempts()) {
            throw new ShopifyUnavailableException(
                    shop.domain(),
                    "Shopify did not answer " + document.documentName() + " for shop " + shop.domain() + " after "
                            + attempts.transientFailures + " attempts (last: " + reason + "). Shopify may be down or"
                            + " unreachable from here; make the request again later.",
                    cause);
        }
        Duration wait = retry.backoff(attempts.transientFailures, retryAfter);
        log.warn(
                "Shopify Admin API {} for shop={} failed ({}); attempt {} of {}, retrying in {} ms",
                document.documentName(),
                shop.domain(),
                reason,
                attempts.transientFailures,
                settings.maxAttempts(),
                wait.toMillis());
        pause(wait, document, "backing off");
        return null;
    }

    private ObjectNode retryThrottled(
            AdminDocument document, Attempts attempts, QueryCost cost, Optional<Duration> retryAfter)
            throws InterruptedException {
        attempts.throttled++;
        if (attempts.throttled >= settings.maxThrottledAttempts()) {
            throw new ShopifyUnavailableException(
                    shop.domain(),
                    "Shopify still throttled " + document.documentName() + " for shop " + shop.domain() + " after "
                            + attempts.throttled + " attempts; another app or job may be draining the shop's cost"
                            + " bucket. Make the request again later.",
                    null);
        }
        log.warn(
                "Shopify throttled {} for shop={} (requested {} points, {} available, {} restored per second);"
                        + " attempt {} of {}",
                document.documentName(),
                shop.domain(),
                cost == null ? "?" : cost.requested(),
                cost == null ? "?" : cost.currentlyAvailable(),
                cost == null ? "?" : cost.restoreRate(),
                attempts.throttled,
                settings.maxThrottledAttempts());
        if (cost == null) {
            // No throttleStatus to pace from (a 429 from something in front of Shopify): back off instead.
            pause(retry.backoff(attempts.throttled, retryAfter), document, "throttled without a cost");
        }
        // Otherwise the next attempt's pacing waits exactly (requested - available) / restoreRate.
        return null;
    }

    private ObjectNode renewOrReject(AdminDocument document, Attempts attempts, ShopifyAccessToken rejected) {
        if (attempts.renewedToken || !tokens.renewAfterRejection(shop, rejected)) {
            throw Rejections.unauthorized(shop, document);
        }
        attempts.renewedToken = true;
        log.warn(
                "Shopify refused the access token of shop={} for {} (HTTP 401); retrying once with a renewed token",
                shop.domain(),
                document.documentName());
        return null;
    }

    private void pause(Duration wait, AdminDocument document, String why) throws InterruptedException {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        log.debug("{} for shop={} before {}: {} ms", why, shop.domain(), document.documentName(), wait.toMillis());
        sleeper.sleep(wait);
    }

    /** What one call has been through so far. */
    private static final class Attempts {
        private int transientFailures;
        private int throttled;
        private boolean renewedToken;
    }
}
