/**
 * The envelope: what every ingest path (the webhook receiver, EventBridge, the reconciler, a replay) puts on
 * the ingest queue, and its versioned JSON form. The payload travels verbatim as a string, or, above the
 * inline limit, by reference to object storage with its SHA-256 (the claim-check pattern), so the bytes
 * Shopify signed are the bytes the worker reads.
 */
package dev.orderrelay.core.envelope;
