package dev.orderrelay.destinations;

/**
 * How far a retryable failure reaches, so the worker holds back exactly what fails together and nothing more.
 */
public enum FailureScope {
    /** Only this event: e.g. Amplitude throttling the one user or device it is about. Nothing else waits. */
    EVENT,
    /**
     * This shop's target: its credentials, or its own endpoint such as a merchant's webhook URL. Only that shop's
     * messages for that destination wait.
     */
    TARGET,
    /** The destination's shared endpoint (the GA4, Segment or Amplitude API): every shop's messages of the kind wait. */
    ENDPOINT
}
