package dev.orderrelay.console.shops;

import dev.orderrelay.console.problems.ConsoleApiException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A shop configuration that cannot be saved: 400 {@code invalid-shop-config}. The detail names every field at
 * fault; the {@code errors} property lists them as {@code {"field", "detail"}} for tools.
 */
final class InvalidShopConfigException extends ConsoleApiException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    InvalidShopConfigException(List<FieldViolation> violations) {
        super(HttpStatus.BAD_REQUEST, "invalid-shop-config", message(violations));
        this.violations = List.copyOf(violations);
    }

    InvalidShopConfigException(String field, String detail) {
        this(List.of(new FieldViolation(field, detail)));
    }

    List<FieldViolation> violations() {
        return violations;
    }

    @Override
    public ProblemDetail toProblem() {
        ProblemDetail problem = super.toProblem();
        problem.setProperty("errors", violations);
        return problem;
    }

    private static String message(List<FieldViolation> violations) {
        return "Invalid shop configuration: "
                + violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; "));
    }
}
