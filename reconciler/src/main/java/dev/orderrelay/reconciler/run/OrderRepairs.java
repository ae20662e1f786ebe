package dev.orderrelay.reconciler.run;

import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.reconciliations.RunFindings;
import dev.orderrelay.reconciler.hours.Repair;
import dev.orderrelay.reconciler.repair.RepairPublisher;
import dev.orderrelay.reconciler.source.ShopSource;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends each order to repair back through the pipeline: fetched in full from the source (as it is now, refunds and
 * cancellation included), enqueued for the worker, and marked repaired in the ledger when the ledger knew it. An
 * order the source deleted meanwhile is skipped.
 */
@Component
class OrderRepairs {

    static final String CREATE = "orders/create";
    static final String UPDATED = "orders/updated";
    private static final Logger log = LoggerFactory.getLogger(OrderRepairs.class);

    private final RepairPublisher publisher;
    private final OrderLedger orders;
    private final ReconcilerMetrics metrics;

    OrderRepairs(RepairPublisher publisher, OrderLedger orders, ReconcilerMetrics metrics) {
        this.publisher = publisher;
        this.orders = orders;
        this.metrics = metrics;
    }

    RunFindings apply(String shop, ShopSource source, Collection<Repair> repairs, String runId) {
        int[] byReason = new int[Repair.Reason.values().length];
        for (Repair repair : repairs) {
            Optional<String> body = source.order(repair.orderId());
            if (body.isEmpty()) {
                log.info("order deleted at the source before its repair shop={} orderId={}", shop, repair.orderId());
                continue;
            }
            publisher.publish(
                    shop,
                    repair.knownToLedger() ? UPDATED : CREATE,
                    "reconciler-" + runId + "-" + repair.orderId(),
                    source.apiVersion(),
                    body.get());
            if (repair.knownToLedger()) {
                orders.markRepaired(shop, repair.orderId());
            }
            byReason[repair.reason().ordinal()]++;
            metrics.requeued(shop, repair.reason());
            log.info("order requeued shop={} orderId={} reason={}", shop, repair.orderId(), repair.reason());
        }
        return new RunFindings(
                0,
                0,
                0,
                0,
                byReason[Repair.Reason.MISSING_ORDER.ordinal()],
                byReason[Repair.Reason.MISSING_REFUND.ordinal()],
                byReason[Repair.Reason.MISSING_CANCELLATION.ordinal()],
                byReason[Repair.Reason.STALLED.ordinal()],
                List.of(),
                List.of());
    }
}
