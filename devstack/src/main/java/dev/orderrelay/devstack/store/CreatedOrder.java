package dev.orderrelay.devstack.store;

import java.time.OffsetDateTime;
import tools.jackson.databind.node.ObjectNode;

/** A freshly built order: the facts the store tracks and the REST document its webhooks carry. */
record CreatedOrder(
        long id,
        int number,
        String name,
        OffsetDateTime createdAt,
        String financialStatus,
        String totalPrice,
        String currency,
        boolean large,
        boolean test,
        ObjectNode document) {}
