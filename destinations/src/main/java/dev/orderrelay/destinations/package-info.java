/**
 * The contract between the worker's deliver stage and the senders: an {@link dev.orderrelay.destinations.OutboundEvent}
 * (one order event with its deterministic idempotency key), the {@link dev.orderrelay.destinations.DestinationTarget}
 * it goes to (one shop's settings and resolved secret for one destination), the
 * {@link dev.orderrelay.destinations.Destination} that sends it, and the
 * {@link dev.orderrelay.destinations.DeliveryOutcome} it reports. Senders decide only what a destination's answer
 * means (delivered, retry later, rejected); the worker owns claims, back-off, circuit breakers and parking, and never
 * has to look at an HTTP status.
 */
package dev.orderrelay.destinations;
