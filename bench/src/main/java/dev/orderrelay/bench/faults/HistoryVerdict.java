package dev.orderrelay.bench.faults;

import java.util.List;

/**
 * What the history checker found for one episode.
 *
 * @param orders orders the store created
 * @param paid of those, the paid ones: each due once at every destination
 * @param ackedOrders orders with at least one webhook the receiver acknowledged
 * @param webhooksSent distinct webhooks the store sent
 * @param webhooksAcked of those, the ones acknowledged
 * @param duplicateSends webhooks the store sent again after their acknowledgement
 * @param lost acknowledged paid orders missing at some destination
 * @param lostSample some of them, with the destinations they miss
 * @param duplicated extra acceptances at the destinations
 * @param duplicatedSample some of them
 * @param sameKeyResends of {@code duplicated}, the repeats of one dedupe key that the peer itself flagged as already
 *     accepted: a resend under the same key, which a destination honouring the key drops (never a second key)
 * @param repaired orders never acknowledged (lost upstream, or every attempt failed) yet delivered everywhere: the
 *     reconciler's work
 * @param missing orders never acknowledged and not delivered everywhere
 * @param missingSample some of them
 */
public record HistoryVerdict(
        int orders,
        int paid,
        int ackedOrders,
        int webhooksSent,
        int webhooksAcked,
        int duplicateSends,
        int lost,
        List<String> lostSample,
        int duplicated,
        List<String> duplicatedSample,
        int sameKeyResends,
        int repaired,
        int missing,
        List<String> missingSample) {

    public HistoryVerdict {
        lostSample = List.copyOf(lostSample);
        duplicatedSample = List.copyOf(duplicatedSample);
        missingSample = List.copyOf(missingSample);
    }

    /** Nothing acknowledged was lost and nothing was accepted twice. */
    public boolean clean() {
        return lost == 0 && duplicated == 0;
    }
}
