package dev.orderrelay.ledger.shops;

/** Whether order-relay processes a shop's events. */
public enum ShopStatus {
    ACTIVE,
    /** The app was uninstalled: events are parked with that reason, not delivered. */
    UNINSTALLED
}
