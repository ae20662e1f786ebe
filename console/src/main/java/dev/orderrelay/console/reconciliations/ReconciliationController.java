package dev.orderrelay.console.reconciliations;

import dev.orderrelay.ledger.reconciliations.ReconciliationRun;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
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

    private final ReconciliationRuns runs;
    private final Clock clock;

    ReconciliationController(ReconciliationRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @PostMapping(PATH)
    ResponseEntity<ReconciliationView> request(@RequestBody(required = false) JsonNode body, Principal user) {
        ReconciliationRun run = runs.request(ReconciliationRequest.read(body, clock.instant()), user.getName());
        return ResponseEntity.accepted()
                .location(URI.create(PATH + "/" + run.runId()))
                .body(ReconciliationView.of(run));
    }

    @GetMapping(PATH + "/{id}")
    ReconciliationView run(@PathVariable String id) {
        return ReconciliationView.of(runs.find(id));
    }

    /** A body that is not JSON at all is a bad request too, answered with the same code. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        InvalidReconciliationException invalid =
                new InvalidReconciliationException("body", "must be a JSON object holding shop, from and to");
        return ResponseEntity.status(invalid.status()).body(invalid.toProblem());
    }
}
