/** Runs: the hourly schedule and requested runs, one at a time across pods, shop by shop and hour by hour. */
package dev.orderrelay.reconciler.run;
