/**
 * The one-process local run: starts the devstack before the Spring context (so the roles find their queues at
 * start-up), imports every role's configuration, and drives the simulated Shopify store against the receiver.
 * Everything binds 127.0.0.1; the dev credentials live in the {@code local} profile only.
 */
package dev.orderrelay.local;
