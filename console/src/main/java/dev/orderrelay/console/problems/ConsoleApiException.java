package dev.orderrelay.console.problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request the console cannot serve as asked, answered as a problem with its status and stable code. The
 * message goes to the caller, so it says what is wrong and never carries a secret or customer data.
 */
public abstract class ConsoleApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String code;

    protected ConsoleApiException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The problem answered; subclasses add properties such as the fields at fault. */
    public ProblemDetail toProblem() {
        return ApiProblems.problem(status, code, getMessage());
    }
}
