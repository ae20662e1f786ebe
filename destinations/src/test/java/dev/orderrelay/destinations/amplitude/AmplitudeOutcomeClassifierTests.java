package dev.orderrelay.destinations.amplitude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.destinations.FailureScope;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import dev.orderrelay.destinations.SettableClock;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The table from Amplitude's answers to outcomes, one request of two events at a time. */
class AmplitudeOutcomeClassifierTests {

    private static final String DESTINATION = AmplitudeTestTargets.DESTINATION;
    private static final KeyRedactor KEY = new KeyRedactor(DestinationSecret.of(AmplitudeTestTargets.API_KEY));

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final AmplitudeOutcomeClassifier classifier = new AmplitudeOutcomeClassifier(clock);
    private final AmplitudeEventMapper mapper = new AmplitudeEventMapper();
    private final List<PendingEvent> two =
            List.of(mapper.map(0, DestinationFixtures.purchaseEur()), mapper.map(1, DestinationFixtures.purchaseJpy()));

    @ParameterizedTest(name = "HTTP {0} {1} -> {2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "200 | {\"code\":200,\"events_ingested\":2}             | Delivered  | ",
                "202 |                                                   | Delivered  | ",
                "400 | {\"code\":400,\"error\":\"Invalid API key\"}         | RetryLater | TARGET",
                "400 | {\"code\":400,\"error\":\"Invalid JSON request body\"} | Rejected | ",
                "400 | not json at all                                   | Rejected   | ",
                "400 | {\"error\":\"x\",\"events_with_invalid_fields\":{\"time\":[7]}} | Rejected | ",
                "401 |                                                   | RetryLater | TARGET",
                "403 |                                                   | RetryLater | TARGET",
                "404 | {\"error\":\"Invalid request path\"}                | Rejected   | ",
                "408 |                                                   | RetryLater | ENDPOINT",
                "429 | {\"code\":429,\"error\":\"Too many requests\"}       | RetryLater | ENDPOINT",
                "429 | {\"throttled_users\":{\"someone-else\":40}}           | RetryLater | ENDPOINT",
                "500 |                                                   | RetryLater | ENDPOINT",
                "502 |                                                   | RetryLater | ENDPOINT",
                "503 |                                                   | RetryLater | ENDPOINT",
                "504 |                                                   | RetryLater | ENDPOINT",
                "301 |                                                   | RetryLater | ENDPOINT",
                "101 |                                                   | RetryLater | ENDPOINT",
            })
    void mapsAnAnswerThatNamesNoEventToTheSameOutcomeForAll(
            int status, String body, String expected, FailureScope scope) {
        RequestVerdict verdict = classify(status, body == null ? "" : body);

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        RequestVerdict.PerEvent.class,
                        perEvent -> assertThat(perEvent.outcomes()).hasSize(2).allSatisfy(outcome -> {
                            assertThat(outcome).isPresent();
                            assertThat(outcome.get().getClass().getSimpleName()).isEqualTo(expected);
                            if (outcome.get() instanceof RetryLater retry) {
                                assertThat(retry.scope()).isEqualTo(scope);
                            }
                            if (!(outcome.get() instanceof Delivered)) {
                                assertThat(reason(outcome.get())).contains("HTTP " + status);
                            }
                        }));
    }

    @Test
    void settlesOnlyTheEventsA400NamesAndLeavesTheOthersToBeSentAgain() {
        RequestVerdict verdict = classify(
                400,
                "{\"error\":\"Invalid field values on some events\","
                        + "\"events_with_invalid_fields\":{\"time\":[1],\"price\":[1]}}");

        List<Optional<DeliveryOutcome>> outcomes = ((RequestVerdict.PerEvent) verdict).outcomes();
        assertThat(outcomes.get(0)).isEmpty();
        assertThat(outcomes.get(1))
                .get()
                .isInstanceOfSatisfying(
                        Rejected.class,
                        rejected -> assertThat(rejected.reason())
                                .contains("invalid time, invalid price", "order 5820982911946154509"));
    }

    @Test
    void asksForHalvesWhenAmplitudeFindsASeveralEventRequestTooLarge() {
        assertThat(classify(413, "{\"code\":413,\"error\":\"Payload too large\"}"))
                .isInstanceOf(RequestVerdict.TooLarge.class);
    }

    @Test
    void honoursRetryAfterWhenAmplitudeIsOverloaded() {
        AmplitudeResponse answer = new AmplitudeResponse(503, Optional.of("20"), "", true);

        RequestVerdict verdict = classifier.classify(answer, two, Duration.ZERO, DESTINATION, KEY);

        assertThat(((RequestVerdict.PerEvent) verdict).outcomes())
                .allSatisfy(outcome ->
                        assertThat(((RetryLater) outcome.orElseThrow()).delay()).contains(Duration.ofSeconds(20)));
    }

    @Test
    void readsACutShortThrottlingAnswerAsAThrottledEndpoint() {
        AmplitudeResponse answer = new AmplitudeResponse(429, Optional.empty(), "{\"throttled_events\":[0,1", false);

        RequestVerdict verdict = classifier.classify(answer, two, Duration.ZERO, DESTINATION, KEY);

        assertThat(((RequestVerdict.PerEvent) verdict).outcomes())
                .allSatisfy(outcome ->
                        assertThat(((RetryLater) outcome.orElseThrow()).scope()).isEqualTo(FailureScope.ENDPOINT));
    }

    @Test
    void waitsAtLeastThirtySecondsForAQuotaThatResetsAtMidnight() {
        clock.advance(Duration.ofHours(13).plusMinutes(59).plusSeconds(50)); // 23:59:50 UTC
        RequestVerdict verdict = classify(
                429, "{\"throttled_events\":[1],\"exceeded_daily_quota_users\":{\"7712340000000001\":500001}}");

        List<Optional<DeliveryOutcome>> outcomes = ((RequestVerdict.PerEvent) verdict).outcomes();
        assertThat(outcomes.get(0)).isEmpty();
        assertThat(((RetryLater) outcomes.get(1).orElseThrow()).delay()).contains(Duration.ofSeconds(30));
    }

    @Test
    void retriesATimeoutForEveryShop() {
        DeliveryOutcome outcome =
                classifier.classify(new SocketTimeoutException("Read timed out"), two.get(0), DESTINATION);

        assertThat(outcome).isInstanceOfSatisfying(RetryLater.class, retry -> {
            assertThat(retry.scope()).isEqualTo(FailureScope.ENDPOINT);
            assertThat(retry.reason()).contains("did not answer in time", DestinationFixtures.ORDER_ID);
        });
    }

    private RequestVerdict classify(int status, String body) {
        return classifier.classify(
                new AmplitudeResponse(status, Optional.empty(), body, true),
                two,
                Duration.ofMillis(5),
                DESTINATION,
                KEY);
    }

    private static String reason(DeliveryOutcome outcome) {
        return switch (outcome) {
            case Rejected rejected -> rejected.reason();
            case RetryLater retry -> retry.reason();
            case Delivered delivered -> "";
        };
    }
}
