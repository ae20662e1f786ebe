package dev.orderrelay.destinations.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.RecordingPeer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonPosterTests {

    private final RecordingPeer peer = RecordingPeer.start();
    private final JsonPoster poster = new JsonPoster(
            new JsonPoster.Options(
                    "order-relay-test/1",
                    "application/json",
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(2),
                    4,
                    4,
                    Duration.ofMinutes(1)),
            null);

    @AfterEach
    void stop() {
        poster.close();
        peer.close();
    }

    @Test
    void readsNoMoreOfAHugeAnswerThanAskedAndSaysItWasCut() throws Exception {
        peer.answer(PeerAnswer.status(400).withBody("x".repeat(1_000_000)));

        HttpAnswer answer = poster.post(peer.uri("/in"), Map.of(), "{}".getBytes(StandardCharsets.UTF_8), 1200);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).hasSize(1200);
        assertThat(answer.cut()).isTrue();
        assertThat(answer.complete()).isFalse();
        assertThat(answer.excerpt()).hasSize(ResponseExcerpt.MAX_CHARS + 1).endsWith("…");
    }

    @Test
    void sendsItsHeadersAndReadsTheAnswersInAnyCase() throws Exception {
        peer.answer(PeerAnswer.status(429).withHeader("retry-after", "7").withBody("{\"ok\":false}"));

        HttpAnswer answer = poster.post(
                peer.uri("/in"), Map.of("Authorization", "Basic abc"), "{}".getBytes(StandardCharsets.UTF_8), 1200);

        assertThat(answer.header("Retry-After")).contains("7");
        assertThat(answer.body()).isEqualTo("{\"ok\":false}");
        assertThat(answer.complete()).isTrue();
        assertThat(peer.requests()).singleElement().satisfies(request -> {
            assertThat(request.header("Authorization")).isEqualTo("Basic abc");
            assertThat(request.header("User-Agent")).isEqualTo("order-relay-test/1");
            assertThat(request.header("Content-Type")).startsWith("application/json");
        });
    }
}
