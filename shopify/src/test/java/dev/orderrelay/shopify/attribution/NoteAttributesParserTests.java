package dev.orderrelay.shopify.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NoteAttributesParserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NoteAttributesParser parser = new NoteAttributesParser();

    @Test
    void readsEveryIdAStorefrontPassesInRestNoteAttributes() {
        StorefrontIds ids = parser.parse(json("""
                [
                  {"name": "gift_note", "value": "Happy birthday"},
                  {"name": "_ga", "value": "GA1.1.1234567890.1700000000"},
                  {"name": "_ga_ABC123XYZ", "value": "GS1.1.1700000123.3.1.1700000200.0.0.0"},
                  {"name": "ajs_anonymous_id", "value": "%22507f191e-810c-19729-de86-0000000001%22"},
                  {"name": "amplitude_device_id", "value": "b7d3c1a0-4e2f-4b8a-9c3d-2f1e0d9c8b7a"}
                ]
                """));

        assertThat(ids.gaClientId()).isEqualTo("1234567890.1700000000");
        assertThat(ids.gaSessionId()).isEqualTo("1700000123");
        assertThat(ids.segmentAnonymousId()).isEqualTo("507f191e-810c-19729-de86-0000000001");
        assertThat(ids.amplitudeDeviceId()).isEqualTo("b7d3c1a0-4e2f-4b8a-9c3d-2f1e0d9c8b7a");
    }

    @Test
    void readsGraphqlCustomAttributesByKey() {
        StorefrontIds ids = parser.parse(json("""
                [{"key": "ga_client_id", "value": "987654321.1699999999"},
                 {"key": "ga_session_id", "value": "1700000456"},
                 {"key": "segment_anonymous_id", "value": "\\"anon-42\\""},
                 {"key": "amp_device_id", "value": "device-77"}]
                """));

        assertThat(ids).isEqualTo(new StorefrontIds("987654321.1699999999", "1700000456", "anon-42", "device-77"));
    }

    @ParameterizedTest
    @CsvSource({
        "_ga, GA1.1.1234567890.1700000000, 1234567890.1700000000",
        "_ga, GA1.2.1234567890.1700000000, 1234567890.1700000000",
        "_ga, 1234567890.1700000000, 1234567890.1700000000",
        "_ga_client_id, 1234567890.1700000000, 1234567890.1700000000",
        "GA-Client-Id, GA1.1.1.2, 1.2",
        "gaClientId, 1234567890.1700000000, 1234567890.1700000000",
        "client_id, custom-visitor-9f2c, custom-visitor-9f2c",
        "google_client_id, 555.666, 555.666",
    })
    void readsTheGaClientIdUnderEveryRecognisedName(String name, String value, String clientId) {
        assertThat(parser.parse(attribute(name, value)).gaClientId()).isEqualTo(clientId);
    }

    @ParameterizedTest
    @CsvSource({
        "_ga_session_id, 1700000000, 1700000000",
        "session_id, 1700000000, 1700000000",
        "_ga_XYZ789ABCD, GS1.1.1700000777.12.0.1700000800.60.0.0, 1700000777",
        "_ga_XYZ789ABCD, GS2.1.s1700000888$o4$g1$t1700000900$j60$l0$h0, 1700000888",
        "ga_session_id, GS2.1.s1700000999$o1$g0$t1700001000$j60$l0$h0, 1700000999",
    })
    void readsTheGaSessionIdFromANamedAttributeOrTheStreamsCookie(String name, String value, String sessionId) {
        assertThat(parser.parse(attribute(name, value)).gaSessionId()).isEqualTo(sessionId);
    }

    @Test
    void preferANamedSessionIdOverOneReadFromAStreamCookie() {
        StorefrontIds ids = parser.parse(json("""
                [{"name": "_ga_XYZ789ABCD", "value": "GS1.1.1700000001.1.1.1700000002.0.0.0"},
                 {"name": "_ga_session_id", "value": "1700000003"}]
                """));

        assertThat(ids.gaSessionId()).isEqualTo("1700000003");
    }

    @Test
    void keepsTheFirstUsableValueOfAnId() {
        StorefrontIds ids = parser.parse(json("""
                [{"name": "_ga", "value": "not a cookie"},
                 {"name": "_ga", "value": "GA1.1.111.222"},
                 {"name": "ga_client_id", "value": "333.444"}]
                """));

        assertThat(ids.gaClientId()).isEqualTo("111.222");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": \"_ga\"}",
                "{\"name\": \"_ga\", \"value\": null}",
                "{\"name\": \"_ga\", \"value\": 1234567890.17}",
                "{\"name\": \"_ga\", \"value\": [\"GA1.1.1.2\"]}",
                "{\"name\": \"_ga\", \"value\": \"\"}",
                "{\"name\": \"_ga\", \"value\": \"GA1.1.abc.def\"}",
                "{\"name\": \"_ga\", \"value\": \"GA1.1.1234567890.1700000000 \\u0000\"}",
                "{\"name\": 7, \"value\": \"GA1.1.1.2\"}",
                "{\"value\": \"GA1.1.1.2\"}",
                "\"_ga=GA1.1.1.2\"",
                "null",
                "{\"name\": \"client_id\", \"value\": \"has whitespace inside\"}",
                "{\"name\": \"session_id\", \"value\": \"17000000ab\"}",
                "{\"name\": \"_ga_ABC123XYZ\", \"value\": \"GS9.1.abc\"}",
                "{\"name\": \"amplitude_device_id\", \"value\": \"abcd\"}",
            })
    void yieldsNoValueForMalformedAttributes(String entry) {
        StorefrontIds ids = parser.parse(json("[" + entry + "]"));

        assertThat(ids).isEqualTo(StorefrontIds.none());
    }

    @Test
    void yieldsNothingWhenTheAttributesAreNotAList() {
        assertThat(parser.parse(null)).isEqualTo(StorefrontIds.none());
        assertThat(parser.parse(json("{\"_ga\": \"GA1.1.1.2\"}"))).isEqualTo(StorefrontIds.none());
        assertThat(parser.parse(json("\"GA1.1.1.2\""))).isEqualTo(StorefrontIds.none());
    }

    @Test
    void ignoresHugeValuesAndReadsNoMoreThanItsCapOfAttributes() {
        String huge = "9".repeat(AttributionText.MAX_VALUE_CHARS + 1);
        StringBuilder many = new StringBuilder("[{\"name\": \"ajs_anonymous_id\", \"value\": \"" + huge + "\"}");
        for (int i = 0; i < NoteAttributesParser.MAX_ATTRIBUTES; i++) {
            many.append(",{\"name\": \"filler").append(i).append("\", \"value\": \"x\"}");
        }
        many.append(",{\"name\": \"_ga\", \"value\": \"GA1.1.1.2\"}]");

        StorefrontIds ids = parser.parse(json(many.toString()));

        assertThat(ids).isEqualTo(StorefrontIds.none());
    }

    private static JsonNode attribute(String name, String value) {
        return JSON.createArrayNode()
                .add(JSON.createObjectNode().put("name", name).put("value", value));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
