/**
 * Reconciliation runs on request: {@code POST /api/reconciliations} (support) queues a run of one shop, or of every
 * active shop, over a window of whole UTC hours, audited; a reconciler pod picks it up within seconds, and
 * {@code GET /api/reconciliations/{id}} reports its progress, then what it found and did. The console only writes
 * the request and reads the run's item by key; the reconciler does the work under its own lock.
 */
package dev.orderrelay.console.reconciliations;
