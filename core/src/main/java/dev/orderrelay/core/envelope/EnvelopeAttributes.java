package dev.orderrelay.core.envelope;

/**
 * SQS message attributes every ingest message carries besides its body, so consumers and operators can route
 * and filter without reading the envelope.
 */
public final class EnvelopeAttributes {

    /** The shop's platform domain. */
    public static final String SHOP = "shop";

    /** The platform topic, e.g. {@code orders/create}. */
    public static final String TOPIC = "topic";

    private EnvelopeAttributes() {}
}
