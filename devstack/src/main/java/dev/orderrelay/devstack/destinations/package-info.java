/**
 * Fake destinations for the simulator: {@link dev.orderrelay.devstack.destinations.FakeWebhookDestination} stands in
 * for merchants' endpoints that receive order-relay's Standard Webhooks, one named destination per shop on a single
 * 127.0.0.1 server. It verifies signatures and timestamps with its own code, records each accepted event with a
 * duplicate flag per {@code webhook-id} so tests and the local console can see that every order reached each
 * destination once, and plays {@link dev.orderrelay.devstack.destinations.Fault}s (a status, a hang, a throttle) set
 * at run time. It shares no code with the production modules, so a signing or mapping bug in order-relay cannot hide
 * by being on both sides of the wire.
 */
package dev.orderrelay.devstack.destinations;
