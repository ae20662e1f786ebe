package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.http.ResponseExcerpt;
import java.util.Optional;

/**
 * What a receiver answered, reduced to what decides the outcome.
 *
 * @param status the HTTP status
 * @param retryAfter the {@code Retry-After} header, when sent
 * @param excerpt the start of the body, flattened and cut to {@link ResponseExcerpt#MAX_CHARS}; empty when none
 */
record WebhookResponse(int status, Optional<String> retryAfter, String excerpt) {}
