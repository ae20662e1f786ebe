package dev.orderrelay.reconciler.hours;

import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.claims.DeliveryState;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.orders.OrderState;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import dev.orderrelay.reconciler.source.SourceOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Measures one shop's hour: the source's orders (created before the settle cut-off) against the ledger's, by the
 * denominator rules, and lists what to send back. Pure: the caller reads the source and the ledger. Orders the
 * ledger holds but the source no longer lists (deleted there) are not counted: the source is the denominator.
 */
public final class HourCheck {

    static final String PURCHASE = "purchase";

    private final ShopConfig shop;
    private final Eligibility eligibility;
    private final Duration stalledAfter;

    public HourCheck(ShopConfig shop, Duration stalledAfter) {
        this.shop = shop;
        this.eligibility = Eligibility.from(shop.policy());
        this.stalledAfter = stalledAfter;
    }

    /**
     * @param sourceOrders the source's orders of the hour, already limited to those created before the cut-off
     * @param ledgerOrders the ledger's orders of the hour, by order id
     * @param deliveries an order's deliveries in the ledger (called for received eligible orders only)
     */
    public HourVerdict check(
            Instant hour,
            List<SourceOrder> sourceOrders,
            Map<String, OrderRecord> ledgerOrders,
            Function<String, List<DeliveryRecord>> deliveries,
            Instant now,
            String runId) {
        Counts counts = new Counts(shop.destinations());
        List<Repair> repairs = new ArrayList<>();
        for (SourceOrder order : sourceOrders) {
            Eligibility.Standing standing = eligibility.of(order);
            OrderRecord known = ledgerOrders.get(order.orderId());
            if (standing == Eligibility.Standing.EXCLUDED) {
                counts.excluded++;
                continue;
            }
            if (known == null) {
                repairs.add(new Repair(order.orderId(), Repair.Reason.MISSING_ORDER, false));
            }
            if (standing == Eligibility.Standing.PENDING) {
                counts.pending++;
                continue;
            }
            counts.eligible++;
            if (known == null) {
                counts.allPending();
                continue;
            }
            counts.received++;
            boolean repaired = known.foundByReconciler() || known.repairedAt() != null;
            if (repaired) {
                counts.repaired++;
            }
            if (known.state() == OrderState.PROCESSED) {
                counts.processed++;
            }
            boolean undelivered = counts.add(known, deliveries.apply(order.orderId()));
            if (undelivered && stalled(known, order, now)) {
                repairs.add(new Repair(order.orderId(), Repair.Reason.STALLED, true));
            }
        }
        boolean complete = counts.pending == 0 && counts.allDelivered() && repairs.isEmpty();
        ThroughputRow row = new ThroughputRow(
                shop.shop(),
                hour,
                sourceOrders.size(),
                counts.excluded,
                counts.pending,
                counts.eligible,
                counts.received,
                counts.processed,
                counts.repaired,
                counts.destinations(),
                complete,
                now,
                runId);
        return new HourVerdict(row, repairs);
    }

    /**
     * Whether an undelivered order has had time enough: nothing happened to it (processed, repaired, changed at
     * the source) for {@code stalledAfter}. A delivery still retrying against a slow destination is left to the
     * worker until then, and a repair is not repeated every run while the worker works on it.
     */
    private boolean stalled(OrderRecord known, SourceOrder order, Instant now) {
        Instant last = latest(known.firstSeenAt(), known.processedAt(), known.repairedAt(), order.updatedAt());
        return last == null || !last.plus(stalledAfter).isAfter(now);
    }

    private static Instant latest(Instant... instants) {
        Instant latest = null;
        for (Instant instant : instants) {
            if (instant != null && (latest == null || instant.isAfter(latest))) {
                latest = instant;
            }
        }
        return latest;
    }

    /** The running counts of one hour. */
    private static final class Counts {
        private final List<DestinationConfig> destinations;
        private final Map<String, int[]> byDestination = new HashMap<>();
        private int excluded;
        private int pending;
        private int eligible;
        private int received;
        private int processed;
        private int repaired;

        Counts(List<DestinationConfig> destinations) {
            this.destinations = destinations;
            // delivered, delivered before repair, parked, pending
            destinations.forEach(destination -> byDestination.put(destination.name(), new int[4]));
        }

        void allPending() {
            byDestination.values().forEach(count -> count[3]++);
        }

        /** Counts one received eligible order's purchase per destination; true if one is not delivered. */
        boolean add(OrderRecord order, List<DeliveryRecord> deliveries) {
            Map<String, DeliveryRecord> purchases = new HashMap<>();
            for (DeliveryRecord delivery : deliveries) {
                if (PURCHASE.equals(delivery.key().event())) {
                    purchases.put(delivery.key().destination(), delivery);
                }
            }
            boolean undelivered = false;
            for (DestinationConfig destination : destinations) {
                int[] count = byDestination.get(destination.name());
                DeliveryRecord purchase = purchases.get(destination.name());
                DeliveryState state = purchase == null ? null : purchase.state();
                if (state == DeliveryState.DELIVERED) {
                    count[0]++;
                    if (deliveredBeforeRepair(order, purchase)) {
                        count[1]++;
                    }
                } else if (state == DeliveryState.PARKED) {
                    count[2]++;
                } else if (state == DeliveryState.SKIPPED) {
                    // The shop's configuration says this destination does not take this order: not a gap.
                    count[0]++;
                    count[1]++;
                } else {
                    count[3]++;
                    undelivered = true;
                }
            }
            return undelivered;
        }

        private static boolean deliveredBeforeRepair(OrderRecord order, DeliveryRecord purchase) {
            if (order.foundByReconciler()) {
                return false;
            }
            return order.repairedAt() == null
                    || (purchase.deliveredAt() != null && purchase.deliveredAt().isBefore(order.repairedAt()));
        }

        boolean allDelivered() {
            return byDestination.values().stream().allMatch(count -> count[0] == eligible);
        }

        List<DestinationThroughput> destinations() {
            return destinations.stream()
                    .map(destination -> {
                        int[] count = byDestination.get(destination.name());
                        return new DestinationThroughput(destination.name(), count[0], count[1], count[2], count[3]);
                    })
                    .toList();
        }
    }
}
