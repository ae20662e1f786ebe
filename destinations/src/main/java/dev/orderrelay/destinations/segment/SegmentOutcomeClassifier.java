package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.http.RetryAfterHeader;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * The one place that decides what Segment's answer, or the lack of one, means.
 *
 * <ul>
 *   <li>2xx: accepted. Segment answers 200 to nearly everything, even calls it drops later (an unknown write key, a
 *       call without user or anonymous id), so "accepted" is all that can be known.
 *   <li>401, 403: the shop's write key was refused; retried later, holding back only that shop's target.
 *   <li>429: Segment's rate limit, which is per workspace, so it holds back only that shop's target; {@code
 *       Retry-After} and {@code X-RateLimit-Reset} honoured.
 *   <li>Any other 4xx (400 for an oversized call or invalid JSON, 413, 422): refused for good.
 *   <li>408, 425, 5xx, no answer at all, and answers Segment never gives to a valid request (1xx, 3xx, 404, 405):
 *       Segment's endpoint, or our configuration of it, is at fault; retried later, holding back every shop.
 * </ul>
 */
final class SegmentOutcomeClassifier {

    private static final Pattern SECONDS = Pattern.compile("\\d{1,12}");
    /** Above this an {@code X-RateLimit-Reset} is read as a Unix time rather than a number of seconds. */
    private static final long EPOCH_SECONDS_FLOOR = 1_000_000_000L;

    private final Clock clock;

    SegmentOutcomeClassifier(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What Segment's answer to a request of {@code events} events means. */
    SegmentVerdict classify(SegmentResponse response, int events) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return SegmentVerdict.accepted(status);
        }
        String answered = "Segment answered HTTP " + status + batchOf(events) + excerpt(response);
        if (status == 401 || status == 403) {
            return SegmentVerdict.retry(
                    status,
                    "Segment refused the shop's write key (HTTP " + status + excerpt(response)
                            + "): fix the credential the destination's credentialsRef points to",
                    Optional.empty(),
                    FailureScope.TARGET);
        }
        if (status == 429) {
            return SegmentVerdict.retry(status, answered, delay(response), FailureScope.TARGET);
        }
        if (status == 408 || status == 425 || (status >= 500 && status < 600)) {
            return SegmentVerdict.retry(status, answered, delay(response), FailureScope.ENDPOINT);
        }
        if (status >= 400 && status < 500 && status != 404 && status != 405) {
            return SegmentVerdict.refused(status, answered);
        }
        return SegmentVerdict.retry(
                status,
                answered + " (Segment answers no valid request so: check the segment endpoint settings)",
                Optional.empty(),
                FailureScope.ENDPOINT);
    }

    /** What a failure to get any answer to a request of {@code events} events means. */
    SegmentVerdict classify(IOException failure, int events) {
        return SegmentVerdict.retry(-1, describe(failure) + batchOf(events), Optional.empty(), FailureScope.ENDPOINT);
    }

    /** The longer of the waits the two headers ask for; Segment documents both as seconds. */
    private Optional<Duration> delay(SegmentResponse response) {
        Instant now = clock.instant();
        Optional<Duration> retryAfter = response.retryAfter().flatMap(value -> RetryAfterHeader.parse(value, now));
        Optional<Duration> reset = response.rateLimitReset().flatMap(value -> resetDelay(value, now));
        if (retryAfter.isPresent() && reset.isPresent()) {
            return Optional.of(retryAfter.get().compareTo(reset.get()) >= 0 ? retryAfter.get() : reset.get());
        }
        return retryAfter.isPresent() ? retryAfter : reset;
    }

    private static Optional<Duration> resetDelay(String value, Instant now) {
        String text = value.strip();
        if (!SECONDS.matcher(text).matches()) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(text);
        if (seconds < EPOCH_SECONDS_FLOOR) {
            return Optional.of(Duration.ofSeconds(seconds));
        }
        // Some rate limiters send the moment of the reset; read so, it must not become a wait of decades.
        Instant at = Instant.ofEpochSecond(seconds);
        return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    }

    private static String describe(IOException failure) {
        // Our own words, not the exception's message: some quote more of the request than a reason should.
        return switch (failure) {
            case UnknownHostException e -> "Segment's host name did not resolve";
            case ConnectTimeoutException e -> "connecting to Segment timed out";
            case SocketTimeoutException e -> "Segment did not answer in time";
            case ConnectException e -> "Segment refused the connection";
            case SSLException e ->
                "the TLS handshake with Segment failed (" + e.getClass().getSimpleName() + ")";
            case NoHttpResponseException e -> "Segment closed the connection without answering";
            case SocketException e ->
                "the connection to Segment failed (" + e.getClass().getSimpleName() + ")";
            default -> "sending to Segment failed (" + failure.getClass().getSimpleName() + ")";
        };
    }

    private static String batchOf(int events) {
        return events > 1 ? " to a batch of " + events + " events" : "";
    }

    private static String excerpt(SegmentResponse response) {
        return response.excerpt().isEmpty() ? "" : ": " + response.excerpt();
    }
}
