/** One shop's UTC hour: the source's orders against the ledger's, counted by the denominator rules. */
package dev.orderrelay.reconciler.hours;
