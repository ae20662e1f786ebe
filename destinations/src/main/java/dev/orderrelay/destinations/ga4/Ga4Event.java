package dev.orderrelay.destinations.ga4;

import tools.jackson.databind.node.ObjectNode;

/**
 * One order event as GA4 gets it, with what decides which request it may share.
 *
 * @param position its place in the list the sender was given, where its outcome goes
 * @param attempt the event and its target, for reasons and log lines
 * @param clientId the request's {@code client_id}
 * @param userId the request's {@code user_id}, or null for none
 * @param timestampMicros when it happened, in microseconds since the epoch, never after the send
 * @param json the element of the request's {@code events} array: {@code name}, {@code timestamp_micros},
 *     {@code params}; read-only once built
 */
record Ga4Event(
        int position, Ga4Attempt attempt, String clientId, String userId, long timestampMicros, ObjectNode json) {

    /** Events may share a request only when this is equal: one request carries one client id and one user id. */
    String requestKey() {
        return clientId + "\u0000" + (userId == null ? "" : userId);
    }
}
