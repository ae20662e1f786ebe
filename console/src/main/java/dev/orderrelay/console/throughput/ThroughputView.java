package dev.orderrelay.console.throughput;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A shop's measured hours in a window, oldest first.
 *
 * @param from the window's start, an hour boundary
 * @param to the window's end (exclusive), an hour boundary
 * @param hours the hours the reconciler has measured; an hour it has not is absent, never a row of zeros
 */
@JsonPropertyOrder({"shop", "from", "to", "hours"})
record ThroughputView(String shop, String from, String to, List<HourView> hours) {}
