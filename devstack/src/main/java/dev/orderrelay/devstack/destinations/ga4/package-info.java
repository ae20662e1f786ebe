/**
 * A fake GA4 Measurement Protocol peer, {@link dev.orderrelay.devstack.destinations.ga4.FakeGa4Destination}, written
 * from Google's documentation: {@code /mp/collect} answers 2xx to everything and silently drops what GA4 would (unknown
 * stream or secret, invalid request or event), {@code /debug/mp/collect} lists validation messages and keeps nothing.
 * Limits: 25 events per request, body under 130 kB, 25 parameters per event, names of at most 40 characters, string
 * values of at most 100, 200 items per event (from the tagging reference), timestamps at most 72 hours back. It shares
 * no code with order-relay's GA4 sender.
 */
package dev.orderrelay.devstack.destinations.ga4;
