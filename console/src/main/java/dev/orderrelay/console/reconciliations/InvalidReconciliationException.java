package dev.orderrelay.console.reconciliations;

import dev.orderrelay.console.problems.ConsoleApiException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A reconciliation request that cannot be queued: 400 {@code invalid-reconciliation}. The detail names every field
 * at fault; {@code errors} lists them as {@code {"field", "detail"}} for tools, as the shop API answers.
 */
final class InvalidReconciliationException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    /** One field at fault. */
    record FieldError(String field, String detail) {

        @Override
        public String toString() {
            return field + ": " + detail;
        }
    }

    private final transient List<FieldError> errors;

    InvalidReconciliationException(List<FieldError> errors) {
        super(
                HttpStatus.BAD_REQUEST,
                "invalid-reconciliation",
                errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    InvalidReconciliationException(String field, String detail) {
        this(List.of(new FieldError(field, detail)));
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("errors", errors);
        return problem;
    }
}
