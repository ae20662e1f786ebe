package dev.orderrelay.devstack.store;

/** How a webhook delivery reached the app. */
public enum DeliveryRoute {
    /** Posted to the subscription's http(s) address, signed. */
    HTTPS,
    /** Put on the app's EventBridge partner event source, which a rule forwards to an SQS queue; not signed. */
    EVENTBRIDGE
}
