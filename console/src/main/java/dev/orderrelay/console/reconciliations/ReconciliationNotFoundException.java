package dev.orderrelay.console.reconciliations;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/** No reconciliation run has this id (or it expired): 404 {@code reconciliation-not-found}. */
final class ReconciliationNotFoundException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    ReconciliationNotFoundException() {
        super(
                HttpStatus.NOT_FOUND,
                "reconciliation-not-found",
                "No reconciliation run has this id; runs are kept 30 days, and GET /api/audit lists every requested"
                        + " run.");
    }
}
