package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.BodyReference;
import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.core.envelope.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The bodies bucket as privacy requests use it: read an object (gone is not an error: it may have expired or been
 * removed by an earlier run), write a redacted body under its own content address (so the claim check's SHA-256
 * test holds for it), delete an object. S3 being unreachable is an exception that leaves the request on its queue.
 */
final class BodyObjects {

    private final S3Client s3;

    BodyObjects(S3Client s3) {
        this.s3 = s3;
    }

    Optional<String> read(String bucket, String key) {
        try {
            byte[] bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (NoSuchKeyException gone) {
            return Optional.empty();
        }
    }

    /** Stores {@code body} at its content address in {@code bucket}; returns where, with the SHA-256 in the key. */
    BodyReference write(String bucket, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        BodyReference reference = BodyReference.forSha256(bucket, Sha256.hex(bytes));
        s3.putObject(
                b -> b.bucket(bucket).key(reference.key()).contentType("application/octet-stream"),
                RequestBody.fromBytes(bytes));
        return reference;
    }

    /** Deletes the object; deleting one that is gone is not an error. */
    void delete(String bucket, String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    /**
     * A privacy request's own payload: inline, or stored (such payloads are small, but the receiver decides by size
     * alone). A stored one that is gone or altered is an {@link InvalidPrivacyPayloadException}.
     */
    String payload(Envelope envelope) {
        if (envelope.hasInlineBody()) {
            return envelope.body();
        }
        byte[] bytes;
        try {
            bytes = s3.getObjectAsBytes(b -> b.bucket(envelope.bodyRef().bucket())
                            .key(envelope.bodyRef().key()))
                    .asByteArray();
        } catch (NoSuchKeyException gone) {
            throw new InvalidPrivacyPayloadException(
                    envelope.topic() + " stored body " + envelope.bodyRef() + " no longer exists");
        }
        if (!Sha256.hex(bytes).equals(envelope.bodySha256())) {
            throw new InvalidPrivacyPayloadException(
                    envelope.topic() + " stored body " + envelope.bodyRef() + " does not match its SHA-256");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The SHA-256 of a body as {@link #write} stores it. */
    static String sha256(String body) {
        return Sha256.hex(body.getBytes(StandardCharsets.UTF_8));
    }
}
