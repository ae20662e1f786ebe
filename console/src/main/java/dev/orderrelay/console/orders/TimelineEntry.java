package dev.orderrelay.console.orders;

import java.time.Instant;

/**
 * One dated step of an order's way through order-relay, as its page lists them.
 *
 * @param at when (shown ISO-8601 UTC)
 * @param what the step, e.g. {@code Delivered purchase to merchant-webhook (webhook)}
 * @param detail what else there is to know (the reason of a park, a replay's outcome); empty when nothing
 * @param tone {@code ok} (reached a destination), {@code bad} (given up on) or empty
 */
record TimelineEntry(Instant at, String what, String detail, String tone) {

    TimelineEntry {
        detail = detail == null ? "" : detail;
    }
}
