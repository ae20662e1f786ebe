/**
 * The console's store pages: the stores grid (every shop by the last 24 UTC hours, each cell the worst destination's
 * throughput after repair, read from the reconciler's throughput rows; shops paged through the shop directory index,
 * never a scan) and one store's page (hourly chart and table, its configuration with credential references only, its
 * open dead letters per destination, its latest orders).
 */
package dev.orderrelay.console.stores;
