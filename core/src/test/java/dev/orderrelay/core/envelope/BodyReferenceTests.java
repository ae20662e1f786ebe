package dev.orderrelay.core.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodyReferenceTests {

    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void addressesABodyByItsDigest() {
        BodyReference reference = BodyReference.forSha256("order-relay-bodies", DIGEST);

        assertThat(reference.toString()).isEqualTo("s3://order-relay-bodies/bodies/sha256/" + DIGEST);
        assertThat(BodyReference.parse(reference.toString())).isEqualTo(reference);
    }

    @Test
    void rejectsSomethingThatIsNotAnS3Uri() {
        assertThatThrownBy(() -> BodyReference.parse("https://example.com/x"))
                .isInstanceOf(InvalidEnvelopeException.class)
                .hasMessageContaining("s3://bucket/key");
        assertThatThrownBy(() -> BodyReference.parse("s3://bucket-only")).isInstanceOf(InvalidEnvelopeException.class);
    }

    @Test
    void refusesToAddressByAnythingButADigest() {
        assertThatThrownBy(() -> BodyReference.forSha256("bucket", "../../etc/passwd"))
                .isInstanceOf(InvalidEnvelopeException.class);
    }
}
