/**
 * What the console's overview shows live, from the worker's side: per-minute counts (orders received and processed
 * per shop, events delivered per destination kind) and the oldest message age per queue, accumulated in memory and
 * flushed to the ledger's activity table every few seconds, one write per series, never one per event; and the state
 * of this worker's circuit breakers, written on every transition and refreshed periodically with an expiry. A worker
 * that crashes loses its last interval's counts: they are for watching, the hourly throughput rows are the proof.
 */
package dev.orderrelay.worker.activity;
