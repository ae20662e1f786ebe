package dev.orderrelay.console.stores;

/**
 * One of a store's destinations on its page: what it is and how many of its dead letters wait for support. Only the
 * credentials' reference is shown, never a secret (the ledger holds none).
 *
 * @param name the shop's name for the destination
 * @param kind {@code webhook}, {@code ga4}, {@code segment} or {@code amplitude}
 * @param credentialsRef the name of the secret holding its credentials
 * @param openDeadLetters its parked deliveries counted (a lower bound when the count was capped)
 */
record DestinationRow(String name, String kind, String credentialsRef, int openDeadLetters) {}
