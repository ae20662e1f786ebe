package dev.orderrelay.destinations.amplitude;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * The one place that decides what Amplitude's answer to a request, or the lack of one, means for each of its events
 * (the table is in docs/destinations/amplitude.md). Amplitude refuses a whole request for the sake of a few events and
 * names them: those are settled here, and the others come back unsettled so they can go again without them. Every
 * text Amplitude sent back has the API key taken out before it reaches a reason.
 */
final class AmplitudeOutcomeClassifier {

    private final Clock clock;
    private final AmplitudeThrottling throttling;

    AmplitudeOutcomeClassifier(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.throttling = new AmplitudeThrottling(clock);
    }

    /** What Amplitude's answer to the request carrying {@code events} means; {@code took} is how long it took. */
    RequestVerdict classify(
            AmplitudeResponse answer, List<PendingEvent> events, Duration took, String destination, KeyRedactor key) {
        AmplitudeResponse response = new AmplitudeResponse(
                answer.status(), answer.retryAfter(), key.redact(answer.body()), answer.complete());
        int status = response.status();
        if (status >= 200 && status < 300) {
            return all(events, event -> new Delivered(status, took));
        }
        boolean keyRefused =
                status == 400 && response.body().toLowerCase(Locale.ROOT).contains("invalid api key");
        if (keyRefused || status == 401 || status == 403) {
            return all(events, event -> keyRefused(event, destination, status));
        }
        Optional<AmplitudeErrorBody> body = AmplitudeErrorBody.parse(response);
        String words = words(response, body);
        return switch (status) {
            case 400 -> badRequest(body, words, events, destination);
            case 413 -> tooLarge(events, destination);
            case 429 -> tooManyRequests(response, body, words, events, destination);
            default -> all(events, event -> other(response, words, event, destination));
        };
    }

    /** What a failure to get any answer means: Amplitude's endpoint is unreachable or slow, for every shop. */
    DeliveryOutcome classify(IOException failure, PendingEvent event, String destination) {
        return RetryLater.withBackOff(event.describe(destination) + ": " + describe(failure), FailureScope.ENDPOINT);
    }

    /** An event that makes a request over the size limit on its own: sending it again cannot help. */
    DeliveryOutcome tooLargeAlone(PendingEvent event, String destination, int overhead, int maxBytes) {
        return new Rejected(event.describe(destination) + ": the Amplitude event is " + event.size()
                + " bytes, too large for a request of at most " + maxBytes + " bytes (" + overhead
                + " of them the API key and framing); Amplitude takes requests under 1 MB");
    }

    /** An event refused again with others after it was already sent again once within the call. */
    DeliveryOutcome refusedAgain(PendingEvent event, String destination) {
        return RetryLater.withBackOff(
                event.describe(destination) + ": Amplitude refused its request twice over other events of the batch;"
                        + " it will be sent again on its own schedule",
                FailureScope.EVENT);
    }

    private RequestVerdict badRequest(
            Optional<AmplitudeErrorBody> body, String error, List<PendingEvent> events, String dest) {
        List<List<String>> problems = new ArrayList<>();
        boolean anyNamed = false;
        for (int i = 0; i < events.size(); i++) {
            List<String> found = new ArrayList<>();
            if (body.isPresent()) {
                found.addAll(body.get().problems().getOrDefault(i, List.of()));
                String device = events.get(i).ids().deviceId();
                if (device != null && body.get().silencedDevices().contains(device)) {
                    found.add("its device is silenced in the Amplitude project");
                }
            }
            anyNamed |= !found.isEmpty();
            problems.add(found);
        }
        if (!anyNamed) {
            String missing = body.map(AmplitudeErrorBody::missingField)
                    .filter(field -> !field.isEmpty())
                    .map(field -> ", missing " + field)
                    .orElse("");
            return all(
                    events,
                    event -> new Rejected(event.describe(dest) + ": Amplitude refused the request (HTTP 400" + missing
                            + ")" + suffix(error)));
        }
        List<Optional<DeliveryOutcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            List<String> found = problems.get(i);
            outcomes.add(
                    found.isEmpty()
                            ? Optional.empty()
                            : Optional.of(new Rejected(events.get(i).describe(dest)
                                    + ": Amplitude refused the event (HTTP 400: " + String.join(", ", found) + ")"
                                    + suffix(error))));
        }
        return new RequestVerdict.PerEvent(outcomes);
    }

    private RequestVerdict tooManyRequests(
            AmplitudeResponse response,
            Optional<AmplitudeErrorBody> body,
            String words,
            List<PendingEvent> events,
            String dest) {
        if (body.isPresent() && body.get().namesThrottledIds()) {
            List<Optional<DeliveryOutcome>> outcomes = new ArrayList<>();
            boolean anyNamed = false;
            for (int i = 0; i < events.size(); i++) {
                Optional<DeliveryOutcome> outcome = throttling.outcome(body.get(), i, events.get(i), dest);
                anyNamed |= outcome.isPresent();
                outcomes.add(outcome);
            }
            if (anyNamed) {
                return new RequestVerdict.PerEvent(outcomes);
            }
        }
        return all(events, event -> other(response, words, event, dest));
    }

    private RequestVerdict tooLarge(List<PendingEvent> events, String dest) {
        if (events.size() > 1) {
            return new RequestVerdict.TooLarge();
        }
        return all(
                events,
                event -> new Rejected(event.describe(dest) + ": Amplitude answered HTTP 413: the event alone"
                        + " makes a request over its size limit (requests must stay under 1 MB)"));
    }

    /** Every other answer, and a 429 that names no user or device: it holds for all of Amplitude, for every shop. */
    private DeliveryOutcome other(AmplitudeResponse response, String words, PendingEvent event, String dest) {
        int status = response.status();
        String answered = event.describe(dest) + ": Amplitude answered HTTP " + status + suffix(words);
        if (status == 408 || status == 429 || (status >= 500 && status < 600)) {
            Optional<Duration> delay =
                    response.retryAfter().flatMap(value -> RetryAfterHeader.parse(value, clock.instant()));
            return new RetryLater(delay, answered, FailureScope.ENDPOINT);
        }
        if (status >= 400 && status < 500) {
            return new Rejected(answered);
        }
        // A redirect or stranger status from a fixed endpoint is a fault of the endpoint (or its setting), not of
        // the event: parking every shop's events would be the wrong cure.
        return RetryLater.withBackOff(
                answered
                        + (status >= 300 && status < 400
                                ? " (a redirect, not followed: check the endpoint setting)"
                                : ""),
                FailureScope.ENDPOINT);
    }

    private static DeliveryOutcome keyRefused(PendingEvent event, String dest, int status) {
        return RetryLater.withBackOff(
                event.describe(dest) + ": Amplitude refused the shop's API key (HTTP " + status
                        + "): fix the credential its credentialsRef names, and check that the 'region' setting"
                        + " ('us' or 'eu') is the project's",
                FailureScope.TARGET);
    }

    private static RequestVerdict all(List<PendingEvent> events, Function<PendingEvent, DeliveryOutcome> outcome) {
        return new RequestVerdict.PerEvent(
                events.stream().map(event -> Optional.of(outcome.apply(event))).toList());
    }

    /**
     * Amplitude's own words for a reason: the {@code error} of a JSON answer (never its lists, which name users and
     * devices), or the start of any other body.
     */
    private static String words(AmplitudeResponse response, Optional<AmplitudeErrorBody> body) {
        return body.map(AmplitudeErrorBody::error)
                .orElseGet(() -> ResponseExcerpt.of(response.body(), !response.complete()));
    }

    private static String suffix(String text) {
        return text.isEmpty() ? "" : ": " + text;
    }

    private static String describe(IOException failure) {
        // Our own words, not the exception's message: some quote more of the request than a reason should.
        return switch (failure) {
            case UnknownHostException e -> "Amplitude's host name did not resolve";
            case ConnectTimeoutException e -> "connecting to Amplitude timed out";
            case SocketTimeoutException e -> "Amplitude did not answer in time";
            case ConnectException e -> "Amplitude refused the connection";
            case SSLException e ->
                "the TLS handshake with Amplitude failed (" + e.getClass().getSimpleName() + ")";
            case NoHttpResponseException e -> "Amplitude closed the connection without answering";
            case SocketException e ->
                "the connection to Amplitude failed (" + e.getClass().getSimpleName() + ")";
            default -> "sending to Amplitude failed (" + failure.getClass().getSimpleName() + ")";
        };
    }
}
