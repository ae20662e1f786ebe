package dev.orderrelay.shopify.admin;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the Admin API client talks to Shopify, checked when built: a bad value fails at once, naming the setting.
 *
 * @param apiVersion the Admin API version in the URL ({@code /admin/api/{apiVersion}/graphql.json}), {@code YYYY-MM}
 *     or {@code unstable}; default {@code 2026-10}, the version the documents are written against
 * @param connectTimeout how long to wait for a TCP/TLS connection to the shop; default 5 s
 * @param requestTimeout how long one request may take, from sending to the whole answer; default 30 s
 * @param maxAttempts attempts per request, the first included, when Shopify answers 5xx, the connection fails or the
 *     request times out; default 4
 * @param initialBackoff the back-off before the second attempt after such a failure, doubled for each further one
 *     (with jitter); default 500 ms
 * @param maxBackoff the longest back-off between two attempts; default 30 s
 * @param maxThrottledAttempts attempts per request, the first included, while Shopify answers THROTTLED; each waits
 *     for the bucket to hold the request's cost again; default 10
 * @param unknownDocumentCost the cost assumed for a document that has not run yet against this shop (its real cost is
 *     learnt from the first answer); default 1000, Shopify's single-query maximum, so the first request never throttles
 * @param maxPacingWait the longest a request waits for the shop's cost bucket before it is sent; a request that would
 *     wait longer is not sent and fails at once as throttled, taking no points (a caller with a deadline, such as
 *     enrichment, must not queue behind a burst); default 1 h, in effect always wait
 */
public record ShopifyAdminSettings(
        String apiVersion,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        int maxThrottledAttempts,
        int unknownDocumentCost,
        Duration maxPacingWait) {

    /** The API version the {@code *.graphql} documents are written against. */
    public static final String DEFAULT_API_VERSION = "2026-10";

    private static final Pattern API_VERSION = Pattern.compile("\\d{4}-\\d{2}|unstable");

    /** Checks every setting, naming the first bad one. */
    public ShopifyAdminSettings {
        Objects.requireNonNull(apiVersion, "apiVersion must be set, e.g. " + DEFAULT_API_VERSION);
        if (!API_VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("apiVersion must be YYYY-MM or unstable (e.g. " + DEFAULT_API_VERSION
                    + "), was '" + apiVersion + "'");
        }
        positive("connectTimeout", connectTimeout);
        positive("requestTimeout", requestTimeout);
        positive("initialBackoff", initialBackoff);
        positive("maxBackoff", maxBackoff);
        positive("maxPacingWait", maxPacingWait);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException(
                    "maxBackoff (" + maxBackoff + ") must not be shorter than initialBackoff (" + initialBackoff + ")");
        }
        atLeastOne("maxAttempts", maxAttempts);
        atLeastOne("maxThrottledAttempts", maxThrottledAttempts);
        if (unknownDocumentCost < 1 || unknownDocumentCost > 1000) {
            throw new IllegalArgumentException(
                    "unknownDocumentCost must be between 1 and 1000 (Shopify's single-query maximum), was "
                            + unknownDocumentCost);
        }
    }

    /** The defaults listed on each component. */
    public static ShopifyAdminSettings defaults() {
        return new ShopifyAdminSettings(
                DEFAULT_API_VERSION,
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                4,
                Duration.ofMillis(500),
                Duration.ofSeconds(30),
                10,
                1000,
                Duration.ofHours(1));
    }

    /** These settings with another request timeout. */
    public ShopifyAdminSettings withRequestTimeout(Duration timeout) {
        return new ShopifyAdminSettings(
                apiVersion,
                connectTimeout,
                timeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxThrottledAttempts,
                unknownDocumentCost,
                maxPacingWait);
    }

    /** These settings with other bounds on attempts. */
    public ShopifyAdminSettings withAttempts(int transientAttempts, int throttledAttempts) {
        return new ShopifyAdminSettings(
                apiVersion,
                connectTimeout,
                requestTimeout,
                transientAttempts,
                initialBackoff,
                maxBackoff,
                throttledAttempts,
                unknownDocumentCost,
                maxPacingWait);
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name + " must be set");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }
}
