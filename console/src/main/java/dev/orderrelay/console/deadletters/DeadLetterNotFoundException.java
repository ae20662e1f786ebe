package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.problems.ConsoleApiException;
import org.springframework.http.HttpStatus;

/** No parked event has this id: 404 {@code dead-letter-not-found}. */
final class DeadLetterNotFoundException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    DeadLetterNotFoundException(String id) {
        super(
                HttpStatus.NOT_FOUND,
                "dead-letter-not-found",
                "No dead letter has the id '" + shown(id) + "'; ids look like <parked id>@<shop> and are listed by"
                        + " GET /api/dead-letters?shop=<shop>.");
    }

    private static String shown(String id) {
        if (id == null) {
            return "";
        }
        String printable = id.replaceAll("[^A-Za-z0-9@._-]", "?");
        return printable.length() > 120 ? printable.substring(0, 120) + "..." : printable;
    }
}
