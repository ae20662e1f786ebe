package dev.orderrelay.destinations.ga4;

import dev.orderrelay.destinations.http.ResponseExcerpt;
import java.util.Optional;

/**
 * What GA4 answered, reduced to what decides the outcome.
 *
 * @param status the HTTP status
 * @param retryAfter the {@code Retry-After} header, when sent
 * @param body the start of the body (up to {@link Ga4Transport#MAX_BODY_BYTES}), enough for the validation server's
 *     messages; empty when none
 * @param truncated whether the body went on beyond {@code body}
 */
record Ga4Response(int status, Optional<String> retryAfter, String body, boolean truncated) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The body flattened and cut to {@link ResponseExcerpt#MAX_CHARS}, for a reason. */
    String excerpt() {
        return ResponseExcerpt.of(body, truncated);
    }
}
