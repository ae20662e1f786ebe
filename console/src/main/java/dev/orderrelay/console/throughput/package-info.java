/**
 * Order throughput per shop and UTC hour for ops: {@code GET /api/shops/{shop}/throughput?from=&to=} reads the
 * reconciler's hourly rows with one key query (source, excluded, pending and eligible orders, received, processed,
 * repaired, and per destination delivered before and after repair with the two throughput percentages). Hours the
 * reconciler has not measured yet are absent, never shown as zero.
 */
package dev.orderrelay.console.throughput;
