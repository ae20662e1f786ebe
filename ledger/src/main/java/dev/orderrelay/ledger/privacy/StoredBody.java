package dev.orderrelay.ledger.privacy;

import java.time.Instant;

/**
 * A large body of one of a shop's orders, stored by the claim check (S3), as the worker recorded it when it read
 * the body.
 *
 * @param bucket the bucket of the object
 * @param key the object's key, content-addressed: {@code bodies/sha256/<hex>}
 * @param sha256 lower-case hex SHA-256 of the object's bytes
 */
public record StoredBody(String shop, String orderId, String bucket, String key, String sha256, Instant recordedAt) {

    @Override
    public String toString() {
        return "StoredBody[shop=" + shop + ", orderId=" + orderId + ", s3://" + bucket + "/" + key + "]";
    }
}
