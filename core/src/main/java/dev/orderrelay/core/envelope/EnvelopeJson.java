package dev.orderrelay.core.envelope;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The envelope's JSON form: the contract between every writer and the worker, so it is fixed here rather than
 * left to whatever an application's mapper is configured to do. Unknown fields are ignored, so a newer writer
 * may add optional fields without a version bump; a new {@code v} is for changes an older reader would get
 * wrong.
 */
public final class EnvelopeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EnvelopeJson() {}

    public static String write(Envelope envelope) {
        return MAPPER.writeValueAsString(envelope);
    }

    /** The UTF-8 size of the envelope's JSON form: what SQS counts against its message limit. */
    public static int utf8Size(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    public static Envelope read(String json) {
        try {
            return MAPPER.readValue(json, Envelope.class);
        } catch (JacksonException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidEnvelopeException invalid) {
                throw invalid;
            }
            throw new InvalidEnvelopeException("not a readable envelope: " + e.getOriginalMessage(), e);
        }
    }
}
