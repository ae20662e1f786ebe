package dev.orderrelay.receiver.enqueue;

import dev.orderrelay.core.envelope.BodyReference;
import java.time.Duration;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The claim check: writes a body too large for the queue to object storage under its content address. Writing
 * the same body twice writes the same object, so a platform retry costs nothing extra.
 */
@Component
class LargeBodyStore {

    private final S3Client s3;

    LargeBodyStore(S3Client s3) {
        this.s3 = s3;
    }

    void store(BodyReference reference, byte[] body, Duration timeout) throws EnqueueFailedException {
        if (!timeout.isPositive()) {
            throw new EnqueueFailedException(
                    EnqueueFailedException.Reason.DEADLINE, "no time left to store the body", null);
        }
        try {
            s3.putObject(
                    b -> b.bucket(reference.bucket())
                            .key(reference.key())
                            .contentType("application/octet-stream")
                            .overrideConfiguration(c -> c.apiCallTimeout(timeout)),
                    RequestBody.fromBytes(body));
        } catch (ApiCallTimeoutException e) {
            throw new EnqueueFailedException(
                    EnqueueFailedException.Reason.DEADLINE, "S3 did not store the body within " + timeout, e);
        } catch (SdkException e) {
            throw new EnqueueFailedException(
                    EnqueueFailedException.Reason.STORAGE_ERROR, "S3 did not store the body: " + e.getMessage(), e);
        }
    }
}
