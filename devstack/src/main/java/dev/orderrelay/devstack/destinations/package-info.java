/**
 * Fake destination peers for tests and the local run, each a small HTTP server on 127.0.0.1 written from the peer's
 * own documentation and sharing no code with the production modules, so a signing or mapping bug in order-relay cannot
 * hide by being on both sides of the wire:
 *
 * <ul>
 *   <li>{@link dev.orderrelay.devstack.destinations.FakeWebhookDestination}: merchants' endpoints receiving Standard
 *       Webhooks, one named destination per shop, signatures and timestamps verified;
 *   <li>{@link dev.orderrelay.devstack.destinations.ga4.FakeGa4Destination}: GA4 Measurement Protocol;
 *   <li>{@link dev.orderrelay.devstack.destinations.segment.FakeSegmentDestination}: Segment HTTP Tracking API;
 *   <li>{@link dev.orderrelay.devstack.destinations.amplitude.FakeAmplitudeDestination}: Amplitude HTTP V2 API.
 * </ul>
 *
 * <p>All four are {@link dev.orderrelay.devstack.destinations.SimulatedPeer}s: each records every event it accepts as
 * a {@link dev.orderrelay.devstack.destinations.RecordedEvent}, flagged as a duplicate by the key the peer itself
 * dedupes on; lists what it answered with a success but silently dropped as
 * {@link dev.orderrelay.devstack.destinations.DroppedEvent}s; plays {@link dev.orderrelay.devstack.destinations.Fault}s
 * (a status in the peer's own error format, a hang, a throttle) and per-order rejections set at run time. This package
 * also holds the parts they share (event and drop logs, faults, the loopback server, JSON and HTTP chores).
 */
package dev.orderrelay.devstack.destinations;
