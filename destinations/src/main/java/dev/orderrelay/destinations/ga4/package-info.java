/**
 * The GA4 sender: maps order events to Measurement Protocol {@code purchase} and {@code refund} events (see
 * {@code docs/destinations/ga4.md}), checks locally what GA4 would silently drop (the 72 h back-dating limit, item and
 * size limits, an empty transaction id), optionally asks GA4's validation server first (GA4 answers 2xx even for
 * invalid events), batches events of one client into as few requests as GA4's limits allow, and reports one outcome
 * per event. The Measurement Protocol API secret travels in the query string, so no URI, exception message or response
 * text reaches a reason or a log line without the secret scrubbed from it.
 */
package dev.orderrelay.destinations.ga4;
