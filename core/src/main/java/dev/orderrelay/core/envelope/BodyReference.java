package dev.orderrelay.core.envelope;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a payload too large to travel inline is stored: an object in a bucket, written as {@code s3://bucket/key}.
 * Keys are content-addressed ({@link #forSha256}), so storing the same payload twice writes the same object.
 */
public record BodyReference(String bucket, String key) {

    private static final String SCHEME = "s3://";
    private static final String KEY_PREFIX = "bodies/sha256/";

    public BodyReference {
        if (bucket == null || bucket.isBlank() || bucket.contains("/")) {
            throw new InvalidEnvelopeException("body reference needs a bucket name without '/', got '" + bucket + "'");
        }
        if (key == null || key.isBlank()) {
            throw new InvalidEnvelopeException("body reference in bucket " + bucket + " needs a key");
        }
    }

    /** The content-addressed location of a payload whose SHA-256 is {@code sha256Hex}. */
    public static BodyReference forSha256(String bucket, String sha256Hex) {
        if (!Sha256.isHex(sha256Hex)) {
            throw new InvalidEnvelopeException("not a SHA-256 hex digest: '" + sha256Hex + "'");
        }
        return new BodyReference(bucket, KEY_PREFIX + sha256Hex);
    }

    @JsonCreator
    public static BodyReference parse(String uri) {
        if (uri == null || !uri.startsWith(SCHEME)) {
            throw new InvalidEnvelopeException("body reference must look like s3://bucket/key, got '" + uri + "'");
        }
        String rest = uri.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            throw new InvalidEnvelopeException("body reference must look like s3://bucket/key, got '" + uri + "'");
        }
        return new BodyReference(rest.substring(0, slash), rest.substring(slash + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }
}
