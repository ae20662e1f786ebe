package dev.orderrelay.worker.privacy;

import java.util.Arrays;
import java.util.Optional;

/** The app lifecycle and privacy topics the worker handles, whatever the shop's status, and how the audit names them. */
enum PrivacyTopic {
    APP_UNINSTALLED("app/uninstalled", "app-uninstalled"),
    CUSTOMERS_DATA_REQUEST("customers/data_request", "customer-data-request"),
    CUSTOMERS_REDACT("customers/redact", "customer-redact"),
    SHOP_REDACT("shop/redact", "shop-redact");

    private final String topic;
    private final String auditAction;

    PrivacyTopic(String topic, String auditAction) {
        this.topic = topic;
        this.auditAction = auditAction;
    }

    static Optional<PrivacyTopic> of(String topic) {
        return Arrays.stream(values()).filter(t -> t.topic.equals(topic)).findFirst();
    }

    String topic() {
        return topic;
    }

    /** The audit entry's action, e.g. {@code customer-redact}. */
    String auditAction() {
        return auditAction;
    }
}
