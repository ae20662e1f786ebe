package dev.orderrelay.worker.process;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * An envelope's payload: inline, or fetched from object storage and checked against its SHA-256 (the claim check).
 * S3 being unreachable is an exception that leaves the message on the queue; a body that is gone or altered is
 * unprocessable and gets parked.
 */
public class EnvelopeBodies {

    private final S3Client s3;

    public EnvelopeBodies(S3Client s3) {
        this.s3 = s3;
    }

    public String body(Envelope envelope) {
        if (envelope.hasInlineBody()) {
            return envelope.body();
        }
        byte[] bytes;
        try {
            bytes = s3.getObjectAsBytes(b -> b.bucket(envelope.bodyRef().bucket())
                            .key(envelope.bodyRef().key()))
                    .asByteArray();
        } catch (NoSuchKeyException gone) {
            throw new UnprocessablePayloadException("stored body " + envelope.bodyRef() + " no longer exists");
        }
        if (!Sha256.hex(bytes).equals(envelope.bodySha256())) {
            throw new UnprocessablePayloadException(
                    "stored body " + envelope.bodyRef() + " does not match its SHA-256");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnprocessablePayloadException("stored body " + envelope.bodyRef() + " is not UTF-8 text");
        }
    }
}
