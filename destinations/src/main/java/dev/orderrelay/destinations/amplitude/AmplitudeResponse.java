package dev.orderrelay.destinations.amplitude;

import java.util.Optional;

/**
 * What Amplitude answered to one request, reduced to what decides the outcomes.
 *
 * @param status the HTTP status
 * @param retryAfter the {@code Retry-After} header, when sent
 * @param body the body as text, read up to {@link AmplitudeTransport#MAX_BODY_BYTES}; empty when none
 * @param complete whether {@code body} is all of it: a cut one cannot be parsed for the events it lists
 */
record AmplitudeResponse(int status, Optional<String> retryAfter, String body, boolean complete) {}
