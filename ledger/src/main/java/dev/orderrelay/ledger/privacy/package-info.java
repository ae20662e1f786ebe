/**
 * What privacy requests need of the ledger: the index of stored bodies by order (so a customer's large bodies are
 * found by key), the exports answering {@code customers/data_request}, the in-place rewrites of
 * {@code customers/redact}, and the erasure of a shop ({@code shop/redact}) as a list of per-table steps. Every
 * access is by key or by an index partition; nothing scans.
 */
package dev.orderrelay.ledger.privacy;
