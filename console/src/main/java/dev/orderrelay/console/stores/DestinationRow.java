package dev.orderrelay.console.stores;

/**
 * One of a store's destinations on its page: what it is, whether sends to it are flowing, and how many of its dead
 * letters wait for support. Only the credentials' reference is shown, never a secret (the ledger holds none).
 *
 * @param name the shop's name for the destination
 * @param kind {@code webhook}, {@code ga4}, {@code segment} or {@code amplitude}
 * @param credentialsRef the name of the secret holding its credentials
 * @param openDeadLetters its parked deliveries counted (a lower bound when the count was capped)
 * @param state {@code CLOSED} when sends flow, else the state of the breaker holding them back ({@code OPEN},
 *     {@code HALF_OPEN}, ...), as live workers last reported it
 * @param stateScope what the breaker guards when not closed: {@code this destination} (the shop's credentials or
 *     target) or {@code every shop's <kind>} (the destination kind's shared endpoint); null when closed
 */
record DestinationRow(
        String name, String kind, String credentialsRef, int openDeadLetters, String state, String stateScope) {}
