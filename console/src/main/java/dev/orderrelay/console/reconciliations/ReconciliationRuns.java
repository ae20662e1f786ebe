package dev.orderrelay.console.reconciliations;

import dev.orderrelay.console.ConsoleProperties;
import dev.orderrelay.console.audit.AuditAction;
import dev.orderrelay.console.audit.AuditTrail;
import dev.orderrelay.console.shops.ShopNotFoundException;
import dev.orderrelay.ledger.reconciliations.ReconciliationRun;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.ledger.shops.ShopRegistry;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Queues reconciliation runs and finds them, for the API and the pages alike: the same checks (a shop that is given
 * must be configured; at most {@code relay.console.reconciliations.max-queued} runs waiting), the same audit entry,
 * the same refusals. The console only writes the request; a reconciler pod picks it up and does the work.
 */
@Component
class ReconciliationRuns {

    /** The audit trail's shop for a run of every active shop: its entries are found by time range. */
    static final String ALL_SHOPS = "all-shops";

    /** What a run id can look like; anything else cannot be a run, so it is not looked up. */
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private static final Logger log = LoggerFactory.getLogger(ReconciliationRuns.class);

    private final Reconciliations runs;
    private final ShopRegistry shops;
    private final AuditTrail audit;
    private final int maxQueued;

    ReconciliationRuns(Reconciliations runs, ShopRegistry shops, AuditTrail audit, ConsoleProperties properties) {
        this.runs = runs;
        this.shops = shops;
        this.audit = audit;
        this.maxQueued = properties.reconciliations().maxQueued();
    }

    /**
     * Queues the run {@code request} asks for, as {@code user}: 404 {@code shop-not-found} for a shop that is not
     * configured, 429 {@code reconciliations-busy} when enough runs wait already.
     */
    ReconciliationRun request(ReconciliationRequest request, String user) {
        if (request.shop() != null && shops.find(request.shop()).isEmpty()) {
            throw new ShopNotFoundException(request.shop());
        }
        // A query on the sparse index of queued runs, by key; across pods the cap is approximate, which is enough.
        if (runs.queued(maxQueued).size() >= maxQueued) {
            throw new ReconciliationsBusyException(maxQueued);
        }
        ReconciliationRun run = runs.request(request.shop(), request.from(), request.to(), user);
        String shop = request.shop() == null ? ALL_SHOPS : request.shop();
        audit.record(
                user,
                AuditAction.RECONCILIATION,
                shop,
                run.runId(),
                0,
                "queued: " + shop + " " + run.from() + "/" + run.to(),
                null);
        log.info(
                "reconciliation queued runId={} shop={} from={} to={} by={}",
                run.runId(),
                shop,
                run.from(),
                run.to(),
                user);
        return run;
    }

    /** The run {@code id}; 404 {@code reconciliation-not-found} when there is none (or it expired). */
    ReconciliationRun find(String id) {
        if (id == null || !RUN_ID.matcher(id).matches()) {
            throw new ReconciliationNotFoundException();
        }
        return runs.find(id).orElseThrow(ReconciliationNotFoundException::new);
    }
}
