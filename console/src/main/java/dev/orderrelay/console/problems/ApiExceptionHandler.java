package dev.orderrelay.console.problems;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns the console's exceptions, and Spring MVC's own for console controllers, into problem details with a
 * code. Scoped to the console's controllers, so other roles in the same process keep their own error answers.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ConsoleApiException.class)
    ResponseEntity<ProblemDetail> consoleProblem(ConsoleApiException e) {
        log.debug(
                "console request refused: code={} status={}",
                e.code(),
                e.status().value());
        return ResponseEntity.status(e.status()).body(e.toProblem());
    }

    /** DynamoDB unreachable, throttled or misconfigured: nothing was read or written; the caller may retry. */
    @ExceptionHandler(SdkException.class)
    ResponseEntity<ProblemDetail> ledgerUnavailable(SdkException e) {
        log.warn("ledger call failed, answered 503: {}: {}", e.getClass().getSimpleName(), e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ApiProblems.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "ledger-unavailable",
                        "The ledger (DynamoDB) did not answer; nothing was changed. Retry shortly."));
    }

    /** A bug or an unforeseen failure: logged with its stack trace here, answered without internals. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        log.error("console request failed unexpectedly", e);
        return ResponseEntity.internalServerError()
                .body(ApiProblems.problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "The console failed to answer; the failure is logged. Retry, or report it if it persists."));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Spring's own detail, never the exception message: that may quote the request body.
        Object problem = body == null ? ProblemDetail.forStatus(status) : body;
        if (problem instanceof ProblemDetail detail
                && (detail.getProperties() == null || !detail.getProperties().containsKey(ApiProblems.CODE))) {
            ApiProblems.withCode(detail, ApiProblems.codeOf(status));
        }
        return super.handleExceptionInternal(ex, problem, headers, status, request);
    }
}
