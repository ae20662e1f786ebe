package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of one shop's dead letters a request means: always one shop (a filter never crosses shops), optionally one
 * destination, one stage, a reason text (case-insensitive, anywhere in the reason), the statuses to include and a
 * range of parked times (the pages' search form; the API gives none).
 *
 * @param stage null for both stages
 * @param statuses never empty; {@code PARKED} alone unless asked otherwise
 * @param from parked at or after; null for no lower bound
 * @param to parked at or before; null for no upper bound
 */
record DeadLetterFilter(
        String shop,
        String destination,
        ParkedStage stage,
        String reason,
        Set<ParkedStatus> statuses,
        Instant from,
        Instant to) {

    static final String ALL_STATUSES = "all";
    static final int MAX_TEXT = 200;

    DeadLetterFilter {
        statuses = Set.copyOf(statuses);
    }

    /** Validates the query parameters of the list and replay requests; 400 naming the parameter at fault. */
    static DeadLetterFilter of(String shop, String destination, String stage, String reason, String status) {
        return of(shop, destination, stage, reason, status, null, null);
    }

    /** The same, with a range of parked times; 400 {@code invalid-filter} when it starts after it ends. */
    static DeadLetterFilter of(
            String shop, String destination, String stage, String reason, String status, Instant from, Instant to) {
        if (shop == null || shop.isBlank()) {
            throw new ShopRequiredException();
        }
        if (!ParkedEvents.UNKNOWN_SHOP.equals(shop)) {
            // Dead letters whose shop could not be told are parked under a name of their own.
            ShopDomain.require(shop);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidFieldException("invalid-filter", "from", "must not be after to (" + to + ")");
        }
        return new DeadLetterFilter(
                shop,
                text("destination", destination),
                stage(stage),
                text("reason", reason),
                statuses(status),
                from,
                to);
    }

    /** The same filter, only for events still parked: what a replay covers. */
    DeadLetterFilter parkedOnly() {
        return new DeadLetterFilter(shop, destination, stage, reason, EnumSet.of(ParkedStatus.PARKED), from, to);
    }

    boolean matches(ParkedEvent event) {
        return statuses.contains(event.status()) && matchesIgnoringStatus(event);
    }

    boolean matchesIgnoringStatus(ParkedEvent event) {
        return event.shop().equals(shop)
                && (destination == null || destination.equals(event.destination()))
                && (stage == null || stage == event.stage())
                && (from == null || !event.parkedAt().isBefore(from))
                && (to == null || !event.parkedAt().isAfter(to))
                && (reason == null
                        || (event.reason() != null
                                && event.reason().toLowerCase(Locale.ROOT).contains(reason.toLowerCase(Locale.ROOT))));
    }

    /** The filter as text for the audit trail and job views, e.g. {@code destination=merchant-webhook stage=deliver}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (destination != null) {
            parts.add("destination=" + destination);
        }
        if (stage != null) {
            parts.add("stage=" + stage.name().toLowerCase(Locale.ROOT));
        }
        if (reason != null) {
            parts.add("reason~\"" + reason + "\"");
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        if (statuses.size() < ParkedStatus.values().length) {
            parts.add("status="
                    + String.join(
                            ",", statuses.stream().map(Enum::name).sorted().toList()));
        }
        return parts.isEmpty() ? "all" : String.join(" ", parts);
    }

    private static String text(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.isBlank() || value.length() > MAX_TEXT) {
            throw new InvalidFieldException(
                    "invalid-filter", name, "must be 1-" + MAX_TEXT + " characters and not only spaces");
        }
        return value;
    }

    private static ParkedStage stage(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (ParkedStage stage : ParkedStage.values()) {
            if (stage.name().equalsIgnoreCase(value)) {
                return stage;
            }
        }
        throw new InvalidFieldException("invalid-filter", "stage", "must be process or deliver");
    }

    private static Set<ParkedStatus> statuses(String value) {
        if (value == null || value.isEmpty()) {
            return EnumSet.of(ParkedStatus.PARKED);
        }
        if (ALL_STATUSES.equalsIgnoreCase(value)) {
            return EnumSet.allOf(ParkedStatus.class);
        }
        for (ParkedStatus status : ParkedStatus.values()) {
            if (status.name().equalsIgnoreCase(value)) {
                return EnumSet.of(status);
            }
        }
        throw new InvalidFieldException("invalid-filter", "status", "must be parked, replayed, discarded or all");
    }
}
