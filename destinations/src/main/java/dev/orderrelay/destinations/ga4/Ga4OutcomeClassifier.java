package dev.orderrelay.destinations.ga4;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import dev.orderrelay.destinations.http.ResponseExcerpt;
import dev.orderrelay.destinations.http.RetryAfterHeader;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * The one place that decides what GA4's answer, or the lack of one, means. Success is any 2xx (GA4 gives no other sign
 * for an invalid event: that is what the validation server is for). Worth retrying: 408, 429, every 5xx and every
 * failure to get an answer, with {@code Retry-After} honoured, all scoped to the {@link FailureScope#ENDPOINT}, since
 * GA4 is one API shared by every shop. Permanent: every other 4xx, a redirect (the configured endpoint is wrong), and
 * validation messages. Reasons are built from our words, the status and the answer's excerpt: never a URI, whose
 * query holds the API secret.
 */
final class Ga4OutcomeClassifier {

    private final Clock clock;

    Ga4OutcomeClassifier(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What an answer of {@code server} (GA4 or its validation server) means; {@code took} is how long it took. A 2xx
     * of the validation server means "go on", which the caller decides from the messages, not from this.
     */
    DeliveryOutcome classify(Ga4Response response, Duration took, Ga4Attempt attempt, String server) {
        int status = response.status();
        if (response.isSuccess()) {
            return new Delivered(status, took);
        }
        String answered = attempt.describe() + ": " + server + " answered HTTP " + status + excerpt(response);
        if (status == 408 || status == 429 || (status >= 500 && status < 600)) {
            Optional<Duration> delay =
                    response.retryAfter().flatMap(value -> RetryAfterHeader.parse(value, clock.instant()));
            return new RetryLater(delay, answered, FailureScope.ENDPOINT);
        }
        if (status >= 300 && status < 400) {
            return new Rejected(attempt.describe() + ": " + server + " answered HTTP " + status
                    + " (a redirect, which is not followed: the configured GA4 endpoint is wrong)");
        }
        if (status >= 400 && status < 500) {
            return new Rejected(answered);
        }
        return RetryLater.withBackOff(
                attempt.describe() + ": " + server + " answered an unexpected HTTP " + status, FailureScope.ENDPOINT);
    }

    /** The validation server found the event invalid: it is refused with the server's own words. */
    DeliveryOutcome invalid(List<Ga4ValidationMessage> messages, Ga4Attempt attempt) {
        String said = messages.stream().map(Ga4ValidationMessage::describe).collect(Collectors.joining("; "));
        return new Rejected(attempt.describe() + ": GA4's validation server refused it, not sent: "
                + ResponseExcerpt.of(said, false));
    }

    /** The validation server answered 2xx with something that is not its messages. */
    DeliveryOutcome unreadable(Ga4Response response, Ga4Attempt attempt) {
        return RetryLater.withBackOff(
                attempt.describe() + ": GA4's validation server answered HTTP " + response.status()
                        + " without readable validation messages" + excerpt(response),
                FailureScope.ENDPOINT);
    }

    /** What a failure to get any answer from {@code server} means. */
    DeliveryOutcome failed(IOException failure, Ga4Attempt attempt, String server) {
        return RetryLater.withBackOff(attempt.describe() + ": " + describe(failure, server), FailureScope.ENDPOINT);
    }

    private static String describe(IOException failure, String server) {
        // Our own words, never the exception's message: it may quote the request URI, whose query holds the secret.
        return switch (failure) {
            case UnknownHostException e -> server + "'s host name did not resolve";
            case ConnectTimeoutException e -> "connecting to " + server + " timed out";
            case SocketTimeoutException e -> server + " did not answer in time";
            case ConnectException e -> server + " refused the connection";
            case SSLException e ->
                "the TLS handshake with " + server + " failed (" + e.getClass().getSimpleName() + ")";
            case NoHttpResponseException e -> server + " closed the connection without answering";
            case SocketException e ->
                "the connection to " + server + " failed (" + e.getClass().getSimpleName() + ")";
            default -> "sending to " + server + " failed (" + failure.getClass().getSimpleName() + ")";
        };
    }

    private static String excerpt(Ga4Response response) {
        String excerpt = response.excerpt();
        return excerpt.isEmpty() ? "" : ": " + excerpt;
    }
}
