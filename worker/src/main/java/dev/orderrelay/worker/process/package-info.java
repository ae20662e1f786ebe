/**
 * The process stage: reads an envelope from the ingest queue, parses the order, decides its events under the
 * shop's policy, records the order in the ledger and fans out one delivery message per destination. A delivery is
 * marked seen only after its fan-out succeeded, so a crash before that reprocesses it; whatever cannot be
 * processed is parked with a reason, never dropped.
 */
package dev.orderrelay.worker.process;
