/**
 * A fake Segment HTTP Tracking API peer,
 * {@link dev.orderrelay.devstack.destinations.segment.FakeSegmentDestination}, written from Segment's documentation:
 * one server per region (US and EU, each on its own port, as Segment has one host per region), write keys by HTTP
 * Basic or in the body, 400 only for payloads over 32 KB a message or 500 KB a batch and for bodies that are not JSON,
 * 200 {@code {"success": true}} for everything else, with silent drops (no user id, unknown write key, wrong region,
 * more than 2500 messages in a batch) listed for tests. Duplicates are flagged by {@code messageId} across all sources,
 * as Segment's dedupe is global. It shares no code with order-relay's Segment sender.
 */
package dev.orderrelay.devstack.destinations.segment;
