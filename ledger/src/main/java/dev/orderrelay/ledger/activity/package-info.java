/**
 * Live activity for the console's overview: per-minute counts that workers accumulate in memory and flush every few
 * seconds with one atomic {@code ADD} per series (orders received and processed per shop, events delivered per
 * destination kind), and the oldest message age each worker saw per queue. Items are keyed by UTC hour and a shard
 * so the last hour is a few Queries and writes spread over partitions; they expire after two days. The counts are for
 * watching the pipeline move, not for proof: a worker that crashes loses its last interval. The hourly throughput
 * rows stay the authoritative figures.
 */
package dev.orderrelay.ledger.activity;
