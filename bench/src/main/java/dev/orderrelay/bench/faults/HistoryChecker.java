package dev.orderrelay.bench.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares an episode's source history with what the fake destinations accepted. An order is <em>lost</em> when the
 * receiver acknowledged one of its webhooks, it was paid, and some destination holds no purchase of it. An acceptance
 * is <em>duplicated</em> when a destination accepted the same dedupe key again, flagged an event as a duplicate, or
 * holds two purchases of one order under different keys (the peer would count the order twice). Orders never
 * acknowledged are not lost (the platform never handed them over), but the reconciler should still bring them in:
 * they are counted as repaired or missing.
 */
public final class HistoryChecker {

    /** How many ids a verdict quotes of each finding, so a large run's report stays readable. */
    static final int SAMPLE = 10;

    private final List<String> kinds;

    /** A checker expecting each paid order at every destination of these kinds. */
    public HistoryChecker(List<String> kinds) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds must name at least one destination kind");
        }
        this.kinds = List.copyOf(kinds);
    }

    /** A checker for the demo shop's four destinations. */
    public static HistoryChecker forDemoShop() {
        return new HistoryChecker(PurchaseEvents.KINDS);
    }

    /** The verdict on {@code orders} given every event the destinations accepted (other orders' events ignored). */
    public HistoryVerdict check(List<SourceOrder> orders, List<AcceptedEvent> events) {
        Set<String> ids = new HashSet<>();
        orders.forEach(order -> ids.add(order.orderId()));
        List<AcceptedEvent> ours = events.stream()
                .filter(event -> event.orderId() != null && ids.contains(event.orderId()))
                .toList();
        Map<String, Set<String>> purchasedAt = new HashMap<>();
        for (AcceptedEvent event : ours) {
            if (event.isPurchase()) {
                purchasedAt
                        .computeIfAbsent(event.orderId(), id -> new HashSet<>())
                        .add(event.kind());
            }
        }
        Tally tally = new Tally();
        for (SourceOrder order : orders) {
            tally.count(order);
            if (!order.paid()) {
                continue;
            }
            List<String> lacking = lacking(purchasedAt.getOrDefault(order.orderId(), Set.of()));
            if (order.acked()) {
                if (!lacking.isEmpty()) {
                    tally.lost.add(order.orderId() + " (not at " + String.join(", ", lacking) + ")");
                }
            } else if (lacking.isEmpty()) {
                tally.repaired++;
            } else {
                tally.missing.add(order.orderId() + " (not at " + String.join(", ", lacking) + ")");
            }
        }
        List<String> duplicated = duplicates(ours);
        return new HistoryVerdict(
                orders.size(),
                tally.paid,
                tally.ackedOrders,
                tally.sent,
                tally.acked,
                tally.duplicateSends,
                tally.lost.size(),
                sample(tally.lost),
                duplicated.size(),
                sample(duplicated),
                (int) duplicated.stream()
                        .filter(line -> line.endsWith(SAME_KEY_RESEND))
                        .count(),
                tally.repaired,
                tally.missing.size(),
                sample(tally.missing));
    }

    /** Whether every paid order, acknowledged or not, has its purchase at every destination: the drain is over. */
    public boolean allDelivered(List<SourceOrder> orders, List<AcceptedEvent> events) {
        HistoryVerdict verdict = check(orders, events);
        return verdict.lost() == 0 && verdict.missing() == 0;
    }

    private List<String> lacking(Set<String> purchased) {
        return kinds.stream().filter(kind -> !purchased.contains(kind)).toList();
    }

    /**
     * One line per extra acceptance: each repeat of a (kind, key) beyond the first, each further key under which a
     * destination took a purchase of the same order, and each event a peer flagged whose first copy is not in view.
     */
    /** How a duplicate line ends when the peer flagged the repeat of a key it had accepted. */
    private static final String SAME_KEY_RESEND = " (flagged duplicate by the peer: sent again under the same key)";

    private static List<String> duplicates(List<AcceptedEvent> events) {
        List<String> found = new ArrayList<>();
        Map<String, Integer> byKey = new LinkedHashMap<>();
        Map<String, Set<String>> purchaseKeys = new LinkedHashMap<>();
        for (AcceptedEvent event : events) {
            String key = event.kind() + " key " + event.key();
            int seen = byKey.merge(key, 1, Integer::sum);
            if (seen > 1) {
                found.add(key + " of order " + event.orderId() + " accepted " + seen + " times"
                        + (event.duplicate() ? SAME_KEY_RESEND : ""));
            } else if (event.duplicate()) {
                found.add(key + " of order " + event.orderId() + " flagged duplicate by the peer");
            }
            if (event.isPurchase()) {
                purchaseKeys
                        .computeIfAbsent(event.kind() + " order " + event.orderId(), k -> new TreeSet<>())
                        .add(event.key());
            }
        }
        purchaseKeys.forEach((order, keys) -> {
            if (keys.size() > 1) {
                for (int extra = 1; extra < keys.size(); extra++) {
                    found.add(order + " purchased under " + keys.size() + " keys " + keys);
                }
            }
        });
        return found;
    }

    private static List<String> sample(List<String> all) {
        return List.copyOf(all.subList(0, Math.min(SAMPLE, all.size())));
    }

    /** Running counts over one episode's orders. */
    private static final class Tally {
        private final List<String> lost = new ArrayList<>();
        private final List<String> missing = new ArrayList<>();
        private int paid;
        private int ackedOrders;
        private int sent;
        private int acked;
        private int duplicateSends;
        private int repaired;

        void count(SourceOrder order) {
            sent += order.webhooksSent();
            acked += order.webhooksAcked();
            duplicateSends += order.duplicateSends();
            if (order.paid()) {
                paid++;
            }
            if (order.acked()) {
                ackedOrders++;
            }
        }
    }
}
