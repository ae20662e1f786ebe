package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.problems.ConsoleApiException;
import dev.orderrelay.ledger.parked.ParkedEvent;
import org.springframework.http.HttpStatus;

/** A dead letter that was replayed or discarded already (possibly a moment ago): 409 {@code not-parked}. */
final class NotParkedException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    NotParkedException(ParkedEvent event) {
        super(HttpStatus.CONFLICT, "not-parked", message(event));
    }

    private static String message(ParkedEvent event) {
        if (event.resolvedBy() == null) {
            return "Dead letter " + DeadLetterId.of(event) + " is no longer parked: someone else acted on it just"
                    + " now. Reload it to see what happened.";
        }
        return "Dead letter " + DeadLetterId.of(event) + " was already "
                + event.status().name().toLowerCase(java.util.Locale.ROOT)
                + " by " + event.resolvedBy() + " at " + event.resolvedAt() + "; only a parked event can be replayed"
                + " or discarded.";
    }
}
