package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/** SQS did not accept a replayed message in time: 503 {@code queue-unavailable}; the event stays parked. */
final class QueueUnavailableException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    QueueUnavailableException(String shop) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "queue-unavailable",
                "The queue did not accept the replayed message for shop " + shop
                        + "; nothing was sent and the event is still parked. Retry shortly.");
    }
}
