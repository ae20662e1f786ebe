package dev.orderrelay.reconciler.run;

import dev.orderrelay.ledger.claims.DeliveryClaims;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.ledger.reconciliations.RunFindings;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import dev.orderrelay.reconciler.ReconcilerProperties;
import dev.orderrelay.reconciler.hours.HourCheck;
import dev.orderrelay.reconciler.hours.HourVerdict;
import dev.orderrelay.reconciler.hours.Repair;
import dev.orderrelay.reconciler.source.ShopSource;
import dev.orderrelay.reconciler.source.SourceOrder;
import dev.orderrelay.reconciler.subscriptions.SubscriptionHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reconciles one shop over a window: its webhook subscriptions, then hour by hour (UTC, oldest first) the orders
 * created at the source against the ledger, then the orders updated in the window for refunds and cancellations
 * the ledger lacks; finally it sends every order found missing or stalled back through the pipeline, once per run.
 * An hour proven complete is only re-counted ({@code ordersCount}); any other hour is listed order by order, so a
 * lost order is found even when an order deleted at the source makes the counts agree.
 */
@Component
public class ShopReconciler {

    private static final Logger log = LoggerFactory.getLogger(ShopReconciler.class);
    private static final Duration HOUR = Duration.ofHours(1);

    private final OrderLedger orders;
    private final DeliveryClaims claims;
    private final ThroughputRows rows;
    private final Reconciliations runs;
    private final SubscriptionHealth subscriptions;
    private final OrderRepairs repairs;
    private final ReconcilerMetrics metrics;
    private final ReconcilerProperties properties;
    private final Clock clock;

    ShopReconciler(
            OrderLedger orders,
            DeliveryClaims claims,
            ThroughputRows rows,
            Reconciliations runs,
            SubscriptionHealth subscriptions,
            OrderRepairs repairs,
            ReconcilerMetrics metrics,
            ReconcilerProperties properties,
            Clock clock) {
        this.orders = orders;
        this.claims = claims;
        this.rows = rows;
        this.runs = runs;
        this.subscriptions = subscriptions;
        this.repairs = repairs;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** The UTC hours of [{@code from}, {@code to}) that have settled by now: the ones a run checks. */
    public List<Instant> hours(Instant from, Instant to) {
        Instant cutoff = cutoff(to);
        List<Instant> hours = new ArrayList<>();
        for (Instant hour = from.truncatedTo(ChronoUnit.HOURS); hour.isBefore(cutoff); hour = hour.plus(HOUR)) {
            hours.add(hour);
        }
        return hours;
    }

    /**
     * Reconciles {@code shop} over [{@code from}, {@code to}); {@code progress} receives the findings after each
     * hour. Returns what it found and did.
     */
    public RunFindings reconcile(
            ShopConfig shop,
            ShopSource source,
            Instant from,
            Instant to,
            String runId,
            Consumer<RunFindings> progress) {
        Instant cutoff = cutoff(to);
        RunFindings findings = RunFindings.NONE;
        List<String> recreated = subscriptions.check(shop.shop(), source);
        recreated.forEach(topic -> metrics.subscriptionRecreated(shop.shop(), topic));
        findings = findings.plus(
                found(recreated.stream().map(topic -> shop.shop() + " " + topic).toList()));

        Map<String, Repair> toRepair = new LinkedHashMap<>();
        HourCheck check = new HourCheck(shop, properties.stalledAfter());
        for (Instant hour : hours(from, to)) {
            HourResult result = checkHour(shop, source, check, hour, cutoff, runId);
            result.repairs().forEach(repair -> toRepair.putIfAbsent(repair.orderId(), repair));
            findings = findings.plus(result.findings());
            progress.accept(findings);
        }
        for (Repair repair : updatedOrderRepairs(shop, source, from, cutoff)) {
            toRepair.putIfAbsent(repair.orderId(), repair);
        }
        findings = findings.plus(repairs.apply(shop.shop(), source, toRepair.values(), runId));
        progress.accept(findings);
        return findings;
    }

    private HourResult checkHour(
            ShopConfig shop, ShopSource source, HourCheck check, Instant hour, Instant cutoff, String runId) {
        Instant end = min(hour.plus(HOUR), cutoff);
        Optional<ThroughputRow> previous = rows.find(shop.shop(), hour);
        if (previous.isPresent() && previous.get().proven() && end.equals(hour.plus(HOUR))) {
            long count = source.ordersCount(hour, end);
            if (count == previous.get().source()) {
                return new HourResult(List.of(), counted(1, (int) count));
            }
            log.info(
                    "proven hour changed at the source, listing it again shop={} hour={} was={} now={}",
                    shop.shop(),
                    hour,
                    previous.get().source(),
                    count);
        }
        List<SourceOrder> created = source.ordersCreated(hour, end).stream()
                .filter(order -> order.createdAt().isBefore(cutoff))
                .toList();
        Map<String, OrderRecord> known = orders.forHour(shop.shop(), hour).stream()
                .collect(Collectors.toMap(OrderRecord::orderId, Function.identity()));
        HourVerdict verdict = check.check(
                hour, created, known, orderId -> claims.forOrder(shop.shop(), orderId), clock.instant(), runId);
        rows.save(verdict.row());
        metrics.hourChecked(verdict.row());
        return new HourResult(verdict.repairs(), counted(0, created.size()));
    }

    /**
     * Orders updated since the last check whose refunds or cancellation the ledger lacks. Orders created before
     * the window, or unknown to the ledger (the hour checks handle those), are left alone.
     */
    private List<Repair> updatedOrderRepairs(ShopConfig shop, ShopSource source, Instant from, Instant cutoff) {
        Instant since = runs.updatesCheckedUntil(shop.shop())
                .map(until -> until.minus(properties.settleDelay()))
                .filter(until -> until.isAfter(from))
                .orElse(from);
        if (!since.isBefore(cutoff)) {
            return List.of();
        }
        List<Repair> found = new ArrayList<>();
        for (SourceOrder order : source.ordersUpdated(since, cutoff)) {
            if (order.createdAt().isBefore(from)) {
                continue;
            }
            orders.find(shop.shop(), order.orderId())
                    .filter(known -> !recentlyRepaired(known))
                    .flatMap(known -> missingChange(order, known))
                    .ifPresent(found::add);
        }
        runs.recordUpdatesCheckedUntil(shop.shop(), cutoff);
        return found;
    }

    private Optional<Repair> missingChange(SourceOrder order, OrderRecord known) {
        if (!known.refundIds().containsAll(order.refundIds()) && known.processedAt() != null) {
            return Optional.of(new Repair(order.orderId(), Repair.Reason.MISSING_REFUND, true));
        }
        if (order.cancelledAt() != null && known.cancelledAt() == null && known.processedAt() != null) {
            return Optional.of(new Repair(order.orderId(), Repair.Reason.MISSING_CANCELLATION, true));
        }
        return Optional.empty();
    }

    private boolean recentlyRepaired(OrderRecord known) {
        return known.repairedAt() != null
                && known.repairedAt().plus(properties.stalledAfter()).isAfter(clock.instant());
    }

    /** The end of what a run counts: {@code to}, or earlier if that has not settled; whole seconds, as Shopify. */
    private Instant cutoff(Instant to) {
        return min(to, clock.instant().minus(properties.settleDelay())).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static RunFindings found(List<String> subscriptionsRecreated) {
        return new RunFindings(0, 0, 0, 0, 0, 0, 0, 0, subscriptionsRecreated, List.of());
    }

    /** One hour checked; its repairs are counted when they are made. */
    private static RunFindings counted(int proven, int sourceOrders) {
        return new RunFindings(0, 1, proven, sourceOrders, 0, 0, 0, 0, List.of(), List.of());
    }

    private record HourResult(List<Repair> repairs, RunFindings findings) {}
}
