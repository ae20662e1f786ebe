package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/**
 * A parked event that cannot be replayed as it is (an unreadable message, a delivery the ledger does not know):
 * 422 {@code not-replayable}, with why and what to do instead. Nothing was changed.
 */
final class NotReplayableException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    NotReplayableException(String why) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "not-replayable", why);
    }
}
