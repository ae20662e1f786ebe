package dev.orderrelay.console.deadletters;

import dev.orderrelay.ledger.parked.ParkedEvent;

/**
 * A dead letter's id in the API: {@code <parked id>@<shop>}, stable and URL-safe, so one id finds the item by key.
 * Public so other pages (an order's timeline) link to a dead letter by the same id.
 */
public record DeadLetterId(String shop, String parkedId) {

    public static DeadLetterId of(ParkedEvent event) {
        return new DeadLetterId(event.shop(), event.id());
    }

    /** Reads an id from a path; one that cannot be ours is simply not found. */
    static DeadLetterId parse(String id) {
        int at = id == null ? -1 : id.indexOf('@');
        if (at < 1 || at == id.length() - 1 || id.indexOf('@', at + 1) >= 0) {
            throw new DeadLetterNotFoundException(id);
        }
        return new DeadLetterId(id.substring(at + 1), id.substring(0, at));
    }

    @Override
    public String toString() {
        return parkedId + "@" + shop;
    }
}
