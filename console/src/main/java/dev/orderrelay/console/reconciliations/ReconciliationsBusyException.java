package dev.orderrelay.console.reconciliations;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/** As many requested runs wait for a reconciler as may: 429 {@code reconciliations-busy}. */
final class ReconciliationsBusyException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    ReconciliationsBusyException(int maxQueued) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                "reconciliations-busy",
                maxQueued + " requested reconciliation run(s) already wait for a reconciler"
                        + " (relay.console.reconciliations.max-queued); nothing was queued. Retry when one has"
                        + " started; if none starts within a minute, check that a reconciler is running.");
    }
}
