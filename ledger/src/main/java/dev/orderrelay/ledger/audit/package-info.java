/**
 * The audit trail: one entry per action a console user took (a replay, a filter's replay or its dry run, a discard,
 * a shop configuration change): who, when, what, on which shop and target, how many events, and how it ended.
 * Entries are partitioned by UTC day, so "everything in a time range" is one Query per day, and indexed by shop,
 * so "everything on a shop" is one Query: no scans. Entries hold no customer data and no message bodies.
 */
package dev.orderrelay.ledger.audit;
