package dev.orderrelay.console.reconciliations;

import dev.orderrelay.console.ConsoleProperties;
import dev.orderrelay.console.audit.AuditAction;
import dev.orderrelay.console.audit.AuditTrail;
import dev.orderrelay.console.shops.ShopNotFoundException;
import dev.orderrelay.ledger.reconciliations.ReconciliationRun;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import dev.orderrelay.ledger.shops.ShopRegistry;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/reconciliations} with {@code {"shop", "from", "to"}} (support): queues a run, audited, and
 * answers 202 with the run and its {@code Location}; a shop that is given must be configured (404
 * {@code shop-not-found}), and past {@code relay.console.reconciliations.max-queued} waiting runs the request is
 * refused (429 {@code reconciliations-busy}). {@code GET /api/reconciliations/{id}}: the run's progress and
 * findings (404 {@code reconciliation-not-found}).
 */
@RestController
class ReconciliationController {

    static final String PATH = "/api/reconciliations";
    /** The audit trail's shop for a run of every active shop: its entries are found by time range. */
    static final String ALL_SHOPS = "all-shops";

    /** What a run id can look like; anything else cannot be a run, so it is not looked up. */
    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private static final Logger log = LoggerFactory.getLogger(ReconciliationController.class);

    private final Reconciliations runs;
    private final ShopRegistry shops;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxQueued;

    ReconciliationController(
            Reconciliations runs, ShopRegistry shops, AuditTrail audit, Clock clock, ConsoleProperties properties) {
        this.runs = runs;
        this.shops = shops;
        this.audit = audit;
        this.clock = clock;
        this.maxQueued = properties.reconciliations().maxQueued();
    }

    @PostMapping(PATH)
    ResponseEntity<ReconciliationView> request(@RequestBody(required = false) JsonNode body, Principal user) {
        ReconciliationRequest request = ReconciliationRequest.read(body, clock.instant());
        if (request.shop() != null && shops.find(request.shop()).isEmpty()) {
            throw new ShopNotFoundException(request.shop());
        }
        // A query on the sparse index of queued runs, by key; across pods the cap is approximate, which is enough.
        if (runs.queued(maxQueued).size() >= maxQueued) {
            throw new ReconciliationsBusyException(maxQueued);
        }
        ReconciliationRun run = runs.request(request.shop(), request.from(), request.to(), user.getName());
        String shop = request.shop() == null ? ALL_SHOPS : request.shop();
        audit.record(
                user.getName(),
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
                user.getName());
        return ResponseEntity.accepted()
                .location(URI.create(PATH + "/" + run.runId()))
                .body(ReconciliationView.of(run));
    }

    @GetMapping(PATH + "/{id}")
    ReconciliationView run(@PathVariable String id) {
        if (!RUN_ID.matcher(id).matches()) {
            throw new ReconciliationNotFoundException();
        }
        return runs.find(id).map(ReconciliationView::of).orElseThrow(ReconciliationNotFoundException::new);
    }

    /** A body that is not JSON at all is a bad request too, answered with the same code. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        InvalidReconciliationException invalid =
                new InvalidReconciliationException("body", "must be a JSON object holding shop, from and to");
        return ResponseEntity.status(invalid.status()).body(invalid.toProblem());
    }
}
