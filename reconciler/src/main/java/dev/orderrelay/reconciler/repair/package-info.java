/** Sends the orders the reconciler found missing or stalled back to the ingest queue, as the worker reads them. */
package dev.orderrelay.reconciler.repair;
