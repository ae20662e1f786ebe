package dev.orderrelay.console.throughput;

import dev.orderrelay.console.problems.ConsoleApiException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A throughput query the console cannot run: 400 {@code invalid-query}, naming the parameter at fault. */
final class InvalidThroughputQueryException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String detail;

    InvalidThroughputQueryException(String field, String detail) {
        super(HttpStatus.BAD_REQUEST, "invalid-query", field + ": " + detail);
        this.field = field;
        this.detail = detail;
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("errors", List.of(Map.of("field", field, "detail", detail)));
        return problem;
    }
}
