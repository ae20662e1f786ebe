package dev.orderrelay.receiver.enqueue;

/** The webhook is not safely queued: the caller must answer 503 so the platform retries it. */
public class EnqueueFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why, as a stable tag value for metrics. */
    public enum Reason {
        /** SQS refused the message or could not be reached. */
        QUEUE_ERROR("queue-error"),
        /** S3 refused the large body or could not be reached. */
        STORAGE_ERROR("storage-error"),
        /** SQS or S3 did not answer before the enqueue deadline. */
        DEADLINE("deadline");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    private final Reason reason;

    public EnqueueFailedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
