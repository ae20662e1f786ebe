package dev.orderrelay.reconciler.run;

import dev.orderrelay.ledger.reconciliations.ReconciliationRun;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.ledger.reconciliations.RunFindings;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.reconciler.source.ShopSource;
import dev.orderrelay.reconciler.source.ShopSources;
import dev.orderrelay.reconciler.source.SourceUnavailableException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Executes one run over its shops (one shop, or every active shop), recording progress after each hour. A shop
 * the reconciler cannot read (no token, API refusing) is reported in the findings and the others go on; anything
 * else (the ledger or the queue unreachable) fails the run, and the next run covers the same hours again.
 */
@Component
public class RunExecutor {

    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);

    private final ShopRegistry shops;
    private final ShopSources sources;
    private final ShopReconciler reconciler;
    private final Reconciliations runs;
    private final ReconcilerMetrics metrics;

    RunExecutor(
            ShopRegistry shops,
            ShopSources sources,
            ShopReconciler reconciler,
            Reconciliations runs,
            ReconcilerMetrics metrics) {
        this.shops = shops;
        this.sources = sources;
        this.reconciler = reconciler;
        this.runs = runs;
        this.metrics = metrics;
    }

    /** Runs {@code run} (already started or claimed) to its end and returns its findings. */
    public RunFindings execute(ReconciliationRun run) {
        RunFindings findings = RunFindings.NONE;
        try {
            List<ShopConfig> targets = targets(run);
            int hours = reconciler.hours(run.from(), run.to()).size() * targets.size();
            findings = new RunFindings(hours, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
            runs.progress(run.runId(), findings);
            for (ShopConfig shop : targets) {
                findings = findings.plus(reconcileShop(run, shop, findings));
                runs.progress(run.runId(), findings);
            }
            runs.finish(run.runId(), findings);
            metrics.runEnded(findings.problems().isEmpty() ? "complete" : "with-problems");
            log.info(
                    "reconciliation done runId={} hours={} proven={} sourceOrders={} requeued={} problems={}",
                    run.runId(),
                    findings.hoursChecked(),
                    findings.hoursProven(),
                    findings.sourceOrders(),
                    findings.requeued(),
                    findings.problems().size());
            return findings;
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            runs.fail(run.runId(), findings, error);
            metrics.runEnded("failed");
            log.error("reconciliation failed runId={}; the next run covers these hours again", run.runId(), e);
            throw e;
        }
    }

    private RunFindings reconcileShop(ReconciliationRun run, ShopConfig shop, RunFindings before) {
        if (shop.status() != ShopStatus.ACTIVE) {
            // Only a requested run gets here (a scheduled one lists active shops): the app is uninstalled, its token
            // revoked, and nothing may be requeued for a shop order-relay no longer serves.
            log.info("shop not reconciled shop={} runId={}: status {}", shop.shop(), run.runId(), shop.status());
            return new RunFindings(
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    List.of(),
                    List.of(
                            shop.shop() + ": the shop is "
                                    + shop.status().name().toLowerCase(java.util.Locale.ROOT)
                                    + " (app/uninstalled); nothing reconciled. It is reconciled again once the app is reinstalled"));
        }
        try {
            ShopSource source = sources.open(shop);
            return reconciler.reconcile(
                    shop,
                    source,
                    run.from(),
                    run.to(),
                    run.runId(),
                    soFar -> runs.progress(run.runId(), before.plus(soFar)));
        } catch (SourceUnavailableException | IllegalStateException e) {
            log.warn("shop not reconciled shop={} runId={}: {}", shop.shop(), run.runId(), e.getMessage());
            return new RunFindings(0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(shop.shop() + ": " + e.getMessage()));
        }
    }

    private List<ShopConfig> targets(ReconciliationRun run) {
        if (run.shop() != null) {
            ShopConfig shop = shops.find(run.shop())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "shop " + run.shop() + " is not configured; PUT /api/shops/" + run.shop() + " first"));
            return List.of(shop);
        }
        return shops.all().stream()
                .filter(shop -> shop.status() == ShopStatus.ACTIVE)
                .toList();
    }
}
