/**
 * The console role: the JSON admin API under {@code /api} for ops and support (shop configuration, the order
 * view, dead letters with replay, discard and their audit trail, hourly throughput, reconciliation runs on
 * request), authenticated with configured users and three cumulative roles. It reads and writes the ledger by key
 * only, sends replayed messages to the pipeline's queues (it never receives from them), and never holds customer
 * data beyond what the ledger keeps. {@link dev.orderrelay.console.ConsoleConfiguration} brings it into any Spring Boot application.
 */
package dev.orderrelay.console;
