package dev.orderrelay.destinations.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseExcerptTests {

    @Test
    void keepsAShortAnswerWhole() throws Exception {
        assertThat(read("{\"error\":\"missing currency\"}")).isEqualTo("{\"error\":\"missing currency\"}");
    }

    @Test
    void flattensLineBreaksAndControlCharactersSoTheyCannotForgeLogLines() throws Exception {
        assertThat(read("bad request\r\n2026-11-24 ERROR forged\tline\u0007"))
                .isEqualTo("bad request 2026-11-24 ERROR forged line");
    }

    @Test
    void cutsALongAnswerAndSaysSo() throws Exception {
        String excerpt = read("y".repeat(ResponseExcerpt.MAX_CHARS + 1));

        assertThat(excerpt).hasSize(ResponseExcerpt.MAX_CHARS + 1).endsWith("…");
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        String excerpt = ResponseExcerpt.of("a".repeat(ResponseExcerpt.MAX_CHARS - 1) + "😀😀", false);

        assertThat(excerpt).isEqualTo("a".repeat(ResponseExcerpt.MAX_CHARS - 1) + "…");
    }

    private static String read(String body) {
        return ResponseExcerpt.of(body, false);
    }
}
