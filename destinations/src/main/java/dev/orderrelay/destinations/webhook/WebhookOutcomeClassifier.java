package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import dev.orderrelay.destinations.http.RetryAfterHeader;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * The one place that decides what a receiver's answer, or the lack of one, means. Success is any 2xx. Worth retrying:
 * 408, 425, 429, every 5xx and every failure to get an answer (timeouts, refused or reset connections, DNS, TLS), with
 * a {@code Retry-After} honoured. Permanent: every other 4xx, since sending the same event again cannot fix it, and
 * every 3xx, since following a redirect could reach an address the policy never checked. A target address the policy
 * refuses is permanent too.
 */
final class WebhookOutcomeClassifier {

    private final Clock clock;

    WebhookOutcomeClassifier(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What the receiver's answer means; {@code took} is how long it took to come. */
    DeliveryOutcome classify(WebhookResponse response, Duration took, DeliveryAttempt attempt) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return new Delivered(status, took);
        }
        String answered = attempt.describe() + ": receiver answered HTTP " + status + excerpt(response);
        if (isRetryable(status)) {
            Optional<Duration> delay =
                    response.retryAfter().flatMap(value -> RetryAfterHeader.parse(value, clock.instant()));
            // A merchant's endpoint serves that shop alone, so its failures hold back only that shop's events.
            return new RetryLater(delay, answered, FailureScope.TARGET);
        }
        if (status >= 300 && status < 400) {
            return new Rejected(attempt.describe() + ": receiver answered HTTP " + status
                    + " (a redirect, which is not followed since it could lead to an internal address;"
                    + " configure the final URL)");
        }
        if (status >= 400 && status < 500) {
            return new Rejected(answered);
        }
        return RetryLater.withBackOff(attempt.describe() + ": receiver answered an unexpected HTTP " + status);
    }

    /** What a failure to get any answer means. */
    DeliveryOutcome classify(IOException failure, DeliveryAttempt attempt) {
        if (failure instanceof TargetRefusedException) {
            return new Rejected(attempt.describe() + ": " + failure.getMessage());
        }
        return RetryLater.withBackOff(attempt.describe() + ": " + describe(failure));
    }

    static boolean isRetryable(int status) {
        return status == 408 || status == 425 || status == 429 || (status >= 500 && status < 600);
    }

    private static String describe(IOException failure) {
        // Our own words, not the exception's message: some quote more of the request than a reason should.
        return switch (failure) {
            case UnknownHostException e -> "the receiver's host name did not resolve";
            case ConnectTimeoutException e -> "connecting to the receiver timed out";
            case SocketTimeoutException e -> "the receiver did not answer in time";
            case ConnectException e -> "the receiver refused the connection";
            case SSLException e ->
                "the TLS handshake with the receiver failed (" + e.getClass().getSimpleName() + ")";
            case NoHttpResponseException e -> "the receiver closed the connection without answering";
            case SocketException e ->
                "the connection to the receiver failed (" + e.getClass().getSimpleName() + ")";
            default -> "sending to the receiver failed (" + failure.getClass().getSimpleName() + ")";
        };
    }

    private static String excerpt(WebhookResponse response) {
        return response.excerpt().isEmpty() ? "" : ": " + response.excerpt();
    }
}
