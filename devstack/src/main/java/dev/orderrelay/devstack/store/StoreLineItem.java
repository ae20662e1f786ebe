package dev.orderrelay.devstack.store;

/**
 * One line of an order, enough to ask for a partial refund of it.
 *
 * @param id the line item id, as in the REST payload and the GID {@code gid://shopify/LineItem/<id>}
 * @param quantity units ordered
 * @param price the unit price, a decimal string
 */
public record StoreLineItem(long id, int quantity, String price) {}
