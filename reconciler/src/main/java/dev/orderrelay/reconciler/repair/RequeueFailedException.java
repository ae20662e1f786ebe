package dev.orderrelay.reconciler.repair;

/** The ingest queue or object storage refused a repair: the run fails, and the next run finds the order again. */
public class RequeueFailedException extends RuntimeException {

    public RequeueFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
