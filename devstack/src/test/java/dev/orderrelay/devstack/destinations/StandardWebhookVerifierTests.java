package dev.orderrelay.devstack.destinations;

import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_BODY;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_ID;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_SECRET;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_SIGNATURE;
import static dev.orderrelay.devstack.destinations.SignedWebhookRequests.SPEC_TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The Standard Webhooks check, against the spec's published example and a fixed clock. */
class StandardWebhookVerifierTests {

    private static final Instant SENT = Instant.ofEpochSecond(SPEC_TIMESTAMP);
    private static final WebhookSecret SECRET = WebhookSecret.of(SPEC_SECRET);
    private static final byte[] BODY = SPEC_BODY.getBytes(StandardCharsets.UTF_8);
    private static final String TIMESTAMP = Long.toString(SPEC_TIMESTAMP);

    private static StandardWebhookVerifier verifierAt(Instant now) {
        return new StandardWebhookVerifier(Clock.fixed(now, ZoneOffset.UTC));
    }

    private final StandardWebhookVerifier verifier = verifierAt(SENT);

    @Test
    void testSignerReproducesTheSpecExample() {
        assertThat(SignedWebhookRequests.signature(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void acceptsTheSpecExample() {
        assertThat(verifier.verify(SECRET, SPEC_ID, TIMESTAMP, SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.VALID);
    }

    @Test
    void acceptsWhenAnyV1EntryOfTheListMatches() {
        String list = "v1,Zm9yZ2Vk v1a,c29tZXRoaW5nIGVsc2U= " + SPEC_SIGNATURE;

        assertThat(verifier.verify(SECRET, SPEC_ID, TIMESTAMP, list, BODY)).isEqualTo(SignatureVerdict.VALID);
    }

    @Test
    void ignoresAMatchingDigestUnderAnotherVersion() {
        String otherVersion = SPEC_SIGNATURE.replace("v1,", "v2,");

        assertThat(verifier.verify(SECRET, SPEC_ID, TIMESTAMP, otherVersion, BODY))
                .isEqualTo(SignatureVerdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void rejectsSignatureMadeWithAnotherSecret() {
        WebhookSecret other = WebhookSecret.of("whsec_c2VjcmV0LW9mLWFub3RoZXItbWVyY2hhbnQ=");

        assertThat(verifier.verify(other, SPEC_ID, TIMESTAMP, SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void rejectsBodyChangedAfterSigning() {
        byte[] changed = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.verify(SECRET, SPEC_ID, TIMESTAMP, SPEC_SIGNATURE, changed))
                .isEqualTo(SignatureVerdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void rejectsSignatureReusedUnderAnotherWebhookId() {
        assertThat(verifier.verify(SECRET, "msg_other", TIMESTAMP, SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void rejectsGarbledSignatureEntries() {
        assertThat(verifier.verify(SECRET, SPEC_ID, TIMESTAMP, "v1,not*base64 v1 nonsense", BODY))
                .isEqualTo(SignatureVerdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void acceptsTimestampsUpToFiveMinutesEitherWay() {
        Duration tolerance = Duration.ofMinutes(5);

        assertThat(verifierAt(SENT.plus(tolerance)).verify(SECRET, SPEC_ID, TIMESTAMP, SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.VALID);
        assertThat(verifierAt(SENT.minus(tolerance)).verify(SECRET, SPEC_ID, TIMESTAMP, SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.VALID);
    }

    @Test
    void rejectsTimestampsMoreThanFiveMinutesOldOrAhead() {
        Duration beyond = Duration.ofMinutes(5).plusSeconds(1);

        assertThat(verifierAt(SENT.plus(beyond)).verify(SECRET, SPEC_ID, TIMESTAMP, SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.TIMESTAMP_OUT_OF_TOLERANCE);
        assertThat(verifierAt(SENT.minus(beyond)).verify(SECRET, SPEC_ID, TIMESTAMP, SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.TIMESTAMP_OUT_OF_TOLERANCE);
    }

    @Test
    void rejectsTimestampThatIsNotWholeSeconds() {
        assertThat(verifier.verify(SECRET, SPEC_ID, "1614265330.5", SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.MALFORMED_TIMESTAMP);
        assertThat(verifier.verify(SECRET, SPEC_ID, "99999999999999999999", SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.MALFORMED_TIMESTAMP);
    }

    @Test
    void rejectsMissingHeaders() {
        assertThat(verifier.verify(SECRET, null, TIMESTAMP, SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.MISSING_HEADER);
        assertThat(verifier.verify(SECRET, SPEC_ID, null, SPEC_SIGNATURE, BODY))
                .isEqualTo(SignatureVerdict.MISSING_HEADER);
        assertThat(verifier.verify(SECRET, SPEC_ID, TIMESTAMP, " ", BODY)).isEqualTo(SignatureVerdict.MISSING_HEADER);
    }
}
