/** The reconciler's runs, asked for through the API or started by its schedule: progress and findings. */
package dev.orderrelay.ledger.reconciliations;
