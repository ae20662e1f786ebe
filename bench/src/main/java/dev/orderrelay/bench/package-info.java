/**
 * Benchmarks against same-run baselines ({@code perf}) and the fault suite with its history checker
 * ({@code faults}), both driving the roles as separate processes through the local topology.
 */
package dev.orderrelay.bench;
