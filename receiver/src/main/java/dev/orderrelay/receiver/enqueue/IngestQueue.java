package dev.orderrelay.receiver.enqueue;

/** The ingest queue's URL, resolved once at start-up from {@code relay.receiver.ingest-queue}. */
record IngestQueue(String url) {}
