package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/** This console pod already runs as many replay jobs as it may: 429 {@code replay-jobs-busy}. */
final class ReplayJobsBusyException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    ReplayJobsBusyException(int maxJobs) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                "replay-jobs-busy",
                "This console already runs " + maxJobs + " replay job(s) (relay.console.replay.max-jobs); nothing was"
                        + " started. Retry when one has finished.");
    }
}
