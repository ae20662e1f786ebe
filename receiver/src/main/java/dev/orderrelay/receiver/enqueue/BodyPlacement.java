package dev.orderrelay.receiver.enqueue;

/** How a webhook's body travelled to the queue. */
public enum BodyPlacement {
    INLINE,
    /** Stored in S3 first; the envelope carries the reference and the SHA-256. */
    BY_REFERENCE
}
