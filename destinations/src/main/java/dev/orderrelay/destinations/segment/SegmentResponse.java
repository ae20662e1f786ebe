package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.http.ResponseExcerpt;
import java.util.Optional;

/**
 * What Segment answered, reduced to what decides the outcome.
 *
 * @param status the HTTP status
 * @param retryAfter the {@code Retry-After} header, when sent
 * @param rateLimitReset the {@code X-RateLimit-Reset} header, when sent: seconds until Segment takes requests again
 * @param excerpt the start of the body, flattened and cut to {@link ResponseExcerpt#MAX_CHARS}; empty when none
 */
record SegmentResponse(int status, Optional<String> retryAfter, Optional<String> rateLimitReset, String excerpt) {

    /** The same answer with the write key scrubbed from its excerpt. */
    SegmentResponse redacting(WriteKey key) {
        return new SegmentResponse(status, retryAfter, rateLimitReset, key.redact(excerpt));
    }
}
