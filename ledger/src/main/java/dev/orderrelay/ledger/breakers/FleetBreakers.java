package dev.orderrelay.ledger.breakers;

import java.util.List;

/**
 * The breakers of every live worker.
 *
 * @param notClosed breakers not closed, oldest transition first
 * @param closed breakers closed, summed over workers (each worker holds its own, so one endpoint counts once per
 *     worker)
 * @param workers how many workers reported
 */
public record FleetBreakers(List<BreakerState> notClosed, long closed, int workers) {

    public FleetBreakers {
        notClosed = List.copyOf(notClosed);
    }
}
