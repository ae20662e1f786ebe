package dev.orderrelay.devstack.destinations;

/**
 * Which recorded events to list; a {@code null} component matches anything.
 *
 * @param shop only events whose body named this shop
 * @param destination only events accepted by the destination registered under this name
 */
public record EventFilter(String shop, String destination) {

    /** Matches every event. */
    public static final EventFilter ANY = new EventFilter(null, null);

    public EventFilter withShop(String shop) {
        return new EventFilter(shop, destination);
    }

    public EventFilter withDestination(String destination) {
        return new EventFilter(shop, destination);
    }

    public boolean matches(RecordedEvent event) {
        return (shop == null || shop.equals(event.shop()))
                && (destination == null || destination.equals(event.destination()));
    }
}
