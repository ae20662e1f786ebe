package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/** No replay job has this id (or it expired): 404 {@code replay-job-not-found}. */
final class ReplayJobNotFoundException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    ReplayJobNotFoundException() {
        super(
                HttpStatus.NOT_FOUND,
                "replay-job-not-found",
                "No replay job has this id; jobs are kept 30 days, and GET /api/audit lists every replay.");
    }
}
