/**
 * The overview ({@code GET /console}, its htmx partial, and {@code GET /api/overview}): orders per minute live by
 * store and by destination kind from the ledger's activity table, queue depths from SQS with the oldest message age
 * the workers saw, open dead letters by destination and reason from the ledger's counters, and the breakers of live
 * workers that are not closed. Every ledger read is a Query or GetItem by key: nothing here scans.
 */
package dev.orderrelay.console.overview;
