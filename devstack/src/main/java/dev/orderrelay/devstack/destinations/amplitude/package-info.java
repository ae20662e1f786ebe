/**
 * A fake Amplitude HTTP V2 API peer,
 * {@link dev.orderrelay.devstack.destinations.amplitude.FakeAmplitudeDestination}, written from Amplitude's
 * documentation: one server per region (US and EU on their own ports), projects by API key, all-or-nothing uploads
 * with Amplitude's 400, 413 and 429 bodies (event indices by field, throttled ids with their rates), the 30 events a
 * second per id throttle, and duplicates flagged by {@code insert_id} within 7 days per project. It shares no code with
 * order-relay's Amplitude sender.
 */
package dev.orderrelay.devstack.destinations.amplitude;
