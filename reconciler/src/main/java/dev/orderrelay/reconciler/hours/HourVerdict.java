package dev.orderrelay.reconciler.hours;

import dev.orderrelay.ledger.throughput.ThroughputRow;
import java.util.List;

/** An hour's measurement, and the orders to send back through the pipeline because of it. */
public record HourVerdict(ThroughputRow row, List<Repair> repairs) {

    public HourVerdict {
        repairs = List.copyOf(repairs);
    }
}
