package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.problems.ConsoleApiException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request parameter or body field the dead-letter API cannot take: 400 with the given code, the detail naming
 * the field, and {@code errors: [{"field", "detail"}]} for tools, as the shop API answers.
 */
final class InvalidFieldException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    /** One field at fault. */
    record FieldError(String field, String detail) {}

    private final transient FieldError error;

    InvalidFieldException(String code, String field, String detail) {
        super(HttpStatus.BAD_REQUEST, code, field + ": " + detail);
        this.error = new FieldError(field, detail);
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("errors", List.of(error));
        return problem;
    }
}
