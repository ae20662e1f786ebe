/**
 * The audit trail of the console: every replay (one, a filter's worth, or a dry run), discard and shop
 * configuration change is recorded in the ledger with who, when, what, how many and how it ended, and
 * {@code GET /api/audit} reads it back by shop or by time range. Entries hold no customer data and no message
 * bodies.
 */
package dev.orderrelay.console.audit;
