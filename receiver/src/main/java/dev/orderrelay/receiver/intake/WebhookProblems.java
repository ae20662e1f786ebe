package dev.orderrelay.receiver.intake;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The receiver's error answers: problem details with a stable {@code code}, except for a bad signature. */
final class WebhookProblems {

    private static final String TYPE_BASE = "https://order-relay.dev/problems/";

    private WebhookProblems() {}

    static ResponseEntity<Object> tooLarge(long maxBytes) {
        ProblemDetail problem = problem(
                HttpStatus.CONTENT_TOO_LARGE,
                WebhookRejection.BODY_TOO_LARGE.code(),
                "The webhook body is larger than the receiver accepts (" + maxBytes + " bytes).");
        problem.setProperty("limitBytes", maxBytes);
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    /** A plain 401 with no body: a caller without the secret learns nothing about why. */
    static ResponseEntity<Object> badSignature() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }

    static ResponseEntity<Object> missingHeader(String header) {
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                WebhookRejection.MISSING_HEADER.code(),
                "Required header " + header + " is missing or empty.");
        problem.setProperty("header", header);
        return ResponseEntity.badRequest().body(problem);
    }

    static ResponseEntity<Object> queueUnavailable() {
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "queue-unavailable",
                "The webhook could not be queued safely; it was not accepted. Retry it.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setProperty("code", code);
        return problem;
    }
}
