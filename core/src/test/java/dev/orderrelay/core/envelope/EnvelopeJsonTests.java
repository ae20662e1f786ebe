package dev.orderrelay.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeJsonTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"id\":820982911946154508,\"total_price\":\"10.00\"}",
                "{\"id\": 820982911946154508, \"truncated\": ",
                "not json at all",
                "",
                "   {\"spacing\" :  \"kept\" }\n\n",
                "{\"note\":\"Crème brûlée für 東京 🎉\",\"quote\":\"\\\"\",\"tab\":\"\\t\"}",
                "\u0000\u001f control characters \\ and a lone backslash",
                "{\"id\":9007199254740993}"
            })
    void roundTripsTheBodyVerbatim(String body) {
        Envelope envelope = EnvelopeFixtures.webhook(body);

        Envelope back = EnvelopeJson.read(EnvelopeJson.write(envelope));

        assertThat(back).isEqualTo(envelope);
        assertThat(back.body()).isEqualTo(body);
    }

    @Test
    void keepsOrderIdsAboveTwoToTheFiftyThirdExact() {
        String body = "{\"id\":820982911946154509,\"line_items\":[{\"id\":9007199254740993}]}";

        String back = EnvelopeJson.read(EnvelopeJson.write(EnvelopeFixtures.webhook(body)))
                .body();

        Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(back);
        assertThat(ids.find()).isTrue();
        assertThat(new BigInteger(ids.group(1))).isEqualTo(new BigInteger("820982911946154509"));
        assertThat(ids.find()).isTrue();
        assertThat(new BigInteger(ids.group(1)))
                .isEqualTo(BigInteger.TWO.pow(53).add(BigInteger.ONE));
    }

    @Test
    void writesTheV1WireFormatFieldForField() {
        Envelope envelope = EnvelopeFixtures.webhook(
                "{\"id\":820982911946154508,\"name\":\"#1001\",\"note\":\"Crème brûlée für 東京 🎉\"}");

        assertThat(EnvelopeJson.write(envelope)).isEqualTo(EnvelopeFixtures.resource("envelope-v1-inline.json"));
    }

    @Test
    void readsAnEnvelopeThatCarriesItsBodyByReference() {
        Envelope envelope = EnvelopeJson.read(EnvelopeFixtures.resource("envelope-v1-by-reference.json"));

        assertThat(envelope.hasInlineBody()).isFalse();
        assertThat(envelope.bodyRef().bucket()).isEqualTo("order-relay-bodies");
        assertThat(envelope.bodyRef().key())
                .isEqualTo("bodies/sha256/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        assertThat(envelope.bodySha256())
                .isEqualTo(Sha256.hex("test".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(EnvelopeJson.read(EnvelopeJson.write(envelope))).isEqualTo(envelope);
    }

    @Test
    void ignoresFieldsAddedByANewerWriterOfTheSameVersion() {
        String json = EnvelopeFixtures.resource("envelope-v1-inline.json")
                .replace("{\"v\":1,", "{\"v\":1,\"traceId\":\"abc\",");

        assertThat(EnvelopeJson.read(json).shop()).isEqualTo("demo.myshopify.com");
    }

    @Test
    void rejectsAVersionItDoesNotKnow() {
        String json = EnvelopeFixtures.resource("envelope-v1-inline.json").replace("{\"v\":1,", "{\"v\":2,");

        assertThatThrownBy(() -> EnvelopeJson.read(json))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageContaining("unsupported envelope version 2");
    }

    @Test
    void rejectsAnEnvelopeWithNeitherBodyNorReference() {
        String json = EnvelopeFixtures.resource("envelope-v1-by-reference.json")
                .replaceAll(",\"bodyRef\":\"[^\"]+\",\"bodySha256\":\"[^\"]+\"", "");

        assertThatThrownBy(() -> EnvelopeJson.read(json))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageContaining("exactly one of body and bodyRef");
    }

    @Test
    void rejectsAReferenceWithoutItsDigest() {
        Envelope inline = EnvelopeFixtures.webhook("{}");
        BodyReference reference = BodyReference.forSha256("bucket", Sha256.hex(new byte[0]));

        assertThatThrownBy(() -> inline.withBodyStoredAt(reference, "not-a-digest"))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageContaining("bodySha256");
    }

    @Test
    void rejectsAnUnknownSource() {
        String json = EnvelopeFixtures.resource("envelope-v1-inline.json").replace("\"webhook\"", "\"carrier-pigeon\"");

        assertThatThrownBy(() -> EnvelopeJson.read(json))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageContaining("carrier-pigeon");
    }

    @Test
    void rejectsTextThatIsNotAnEnvelope() {
        assertThatThrownBy(() -> EnvelopeJson.read("{\"v\":1,"))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageContaining("not a readable envelope");
    }
}
