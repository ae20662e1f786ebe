package dev.orderrelay.destinations.segment;

/**
 * One event mapped and serialized, ready to go into a batch.
 *
 * @param index its place in the events a {@code sendAll} was given, where its outcome goes
 * @param attempt the event and its target
 * @param json the Track call's JSON, exactly as sent
 */
record EncodedEvent(int index, SegmentAttempt attempt, byte[] json) {}
