package dev.orderrelay.shopify.admin;

import java.time.Duration;
import java.util.Optional;

/**
 * What came back for one request: the status, the raw body and the {@code Retry-After} header when there was one.
 *
 * @param status the HTTP status
 * @param body the body as received, never logged
 * @param retryAfter the {@code Retry-After} header as a duration, when it held a number of seconds
 */
record AdminAnswer(int status, byte[] body, Optional<Duration> retryAfter) {

    static Optional<Duration> parseRetryAfter(Optional<String> header) {
        return header.flatMap(value -> {
            try {
                double seconds = Double.parseDouble(value.trim());
                return seconds >= 0 ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: rare from Shopify, the back-off covers it
            }
        });
    }
}
