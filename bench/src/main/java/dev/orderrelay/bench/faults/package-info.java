/**
 * The fault suite: episodes of load from the simulated store against every role run as its own process, each with a
 * fault played while the load runs (a role killed, a backing service unreachable, a destination failing or refusing,
 * webhooks lost upstream, the Admin API throttled, two reconcilers at once), then reconciliation, replay and a drain;
 * and the history checker that compares what the store saw acknowledged with what every fake destination accepted,
 * counting lost and duplicated orders. {@code FaultSuite} runs the full suite and writes docs/reliability.md.
 */
package dev.orderrelay.bench.faults;
