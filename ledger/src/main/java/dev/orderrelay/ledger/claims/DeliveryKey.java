package dev.orderrelay.ledger.claims;

/** Which delivery: one order's event (e.g. {@code purchase}) to one of the shop's destinations (by name). */
public record DeliveryKey(String shop, String orderId, String destination, String event) {

    public DeliveryKey {
        require(shop, "shop");
        require(orderId, "orderId");
        require(destination, "destination");
        require(event, "event");
    }

    String partition() {
        return shop + "|" + orderId;
    }

    String sort() {
        return destination + "|" + event;
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank() || value.contains("|")) {
            throw new IllegalArgumentException(
                    "delivery key " + name + " must be non-blank without '|', got '" + value + "'");
        }
    }
}
