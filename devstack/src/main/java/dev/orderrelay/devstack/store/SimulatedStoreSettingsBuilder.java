package dev.orderrelay.devstack.store;

import java.net.URI;
import java.time.Duration;

/**
 * Changes a few {@link SimulatedStoreSettings} without restating all of them; {@link #build()} validates. Obtain one
 * from {@link SimulatedStoreSettings#toBuilder()}.
 */
public final class SimulatedStoreSettingsBuilder {

    private String shopDomain;
    private URI webhookUrl;
    private double ordersPerMinute;
    private Duration paidDelay;
    private double duplicateRate;
    private double largeOrderRate;
    private String apiVersion;
    private Duration retryBaseDelay;
    private int maxRetries;
    private int removalThreshold;
    private Duration connectTimeout;
    private Duration responseTimeout;
    private long seed;
    private double webhookLossRate;
    private int adminApiPort;
    private double adminApiBucketSize;
    private double adminApiRestoreRate;
    private int adminApiThrottleStatus;
    private int adminApiMaxQueryCost;
    private double eventBridgeShare;

    SimulatedStoreSettingsBuilder(SimulatedStoreSettings from) {
        shopDomain = from.shopDomain();
        webhookUrl = from.webhookUrl();
        ordersPerMinute = from.ordersPerMinute();
        paidDelay = from.paidDelay();
        duplicateRate = from.duplicateRate();
        largeOrderRate = from.largeOrderRate();
        apiVersion = from.apiVersion();
        retryBaseDelay = from.retryBaseDelay();
        maxRetries = from.maxRetries();
        removalThreshold = from.removalThreshold();
        connectTimeout = from.connectTimeout();
        responseTimeout = from.responseTimeout();
        seed = from.seed();
        webhookLossRate = from.webhookLossRate();
        adminApiPort = from.adminApiPort();
        adminApiBucketSize = from.adminApiBucketSize();
        adminApiRestoreRate = from.adminApiRestoreRate();
        adminApiThrottleStatus = from.adminApiThrottleStatus();
        adminApiMaxQueryCost = from.adminApiMaxQueryCost();
        eventBridgeShare = from.eventBridgeShare();
    }

    public SimulatedStoreSettingsBuilder shopDomain(String value) {
        shopDomain = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder webhookUrl(URI value) {
        webhookUrl = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder ordersPerMinute(double value) {
        ordersPerMinute = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder paidDelay(Duration value) {
        paidDelay = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder duplicateRate(double value) {
        duplicateRate = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder largeOrderRate(double value) {
        largeOrderRate = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder apiVersion(String value) {
        apiVersion = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder retryBaseDelay(Duration value) {
        retryBaseDelay = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder maxRetries(int value) {
        maxRetries = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder removalThreshold(int value) {
        removalThreshold = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder connectTimeout(Duration value) {
        connectTimeout = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder responseTimeout(Duration value) {
        responseTimeout = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder seed(long value) {
        seed = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder webhookLossRate(double value) {
        webhookLossRate = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder adminApiPort(int value) {
        adminApiPort = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder adminApiBucketSize(double value) {
        adminApiBucketSize = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder adminApiRestoreRate(double value) {
        adminApiRestoreRate = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder adminApiThrottleStatus(int value) {
        adminApiThrottleStatus = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder adminApiMaxQueryCost(int value) {
        adminApiMaxQueryCost = value;
        return this;
    }

    public SimulatedStoreSettingsBuilder eventBridgeShare(double value) {
        eventBridgeShare = value;
        return this;
    }

    public SimulatedStoreSettings build() {
        return new SimulatedStoreSettings(
                shopDomain,
                webhookUrl,
                ordersPerMinute,
                paidDelay,
                duplicateRate,
                largeOrderRate,
                apiVersion,
                retryBaseDelay,
                maxRetries,
                removalThreshold,
                connectTimeout,
                responseTimeout,
                seed,
                webhookLossRate,
                adminApiPort,
                adminApiBucketSize,
                adminApiRestoreRate,
                adminApiThrottleStatus,
                adminApiMaxQueryCost,
                eventBridgeShare);
    }
}
