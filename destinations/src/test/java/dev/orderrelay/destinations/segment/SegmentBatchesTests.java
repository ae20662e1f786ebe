package dev.orderrelay.destinations.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.DestinationFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SegmentBatchesTests {

    private static final int CALL_BYTES = 20_000;

    @Test
    void fillsABatchToTheExactByteOfItsLimit() {
        // {"batch":[ + call + , + call + ]} = 10 + 20000 + 1 + 20000 + 2
        int twoCalls = 10 + CALL_BYTES + 1 + CALL_BYTES + 2;

        assertThat(sizesOf(new SegmentBatches(10, twoCalls).cut(calls(4)))).containsExactly(2, 2);
        assertThat(sizesOf(new SegmentBatches(10, twoCalls - 1).cut(calls(4)))).containsExactly(1, 1, 1, 1);
    }

    @Test
    void writesABodyOfExactlyTheSizeItCounted() {
        List<EncodedEvent> calls = calls(3);

        byte[] body = SegmentBatches.body(calls);

        assertThat(body).hasSize(10 + 3 * CALL_BYTES + 2 + 2);
        assertThat(SegmentTargets.batchOf(new String(body, StandardCharsets.UTF_8)))
                .hasSize(3);
    }

    @Test
    void cutsAtTheEventLimitBeforeTheByteLimit() {
        assertThat(sizesOf(new SegmentBatches(3, 500_000).cut(calls(7)))).containsExactly(3, 3, 1);
    }

    @Test
    void makesNoBatchOfNoEvents() {
        assertThat(new SegmentBatches(3, 500_000).cut(List.of())).isEmpty();
    }

    private static List<Integer> sizesOf(List<List<EncodedEvent>> batches) {
        return batches.stream().map(List::size).toList();
    }

    /** Calls of exactly {@link #CALL_BYTES} bytes of JSON each. */
    private static List<EncodedEvent> calls(int count) {
        SegmentAttempt attempt = new SegmentAttempt(DestinationFixtures.purchaseEur(), SegmentTargets.target(Map.of()));
        return IntStream.range(0, count)
                .mapToObj(i -> {
                    String padding = "x".repeat(CALL_BYTES - "{\"p\":\"\"}".length());
                    byte[] json = ("{\"p\":\"" + padding + "\"}").getBytes(StandardCharsets.UTF_8);
                    return new EncodedEvent(i, attempt, json);
                })
                .toList();
    }
}
