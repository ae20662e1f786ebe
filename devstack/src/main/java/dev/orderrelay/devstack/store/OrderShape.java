package dev.orderrelay.devstack.store;

/** Forces the size of an order created on demand. */
public enum OrderShape {
    /** A few line items: a body of a few KiB. */
    SMALL,
    /** Many line items with long properties: a body above 300 KiB, past any 200 KiB inline limit. */
    LARGE
}
