package dev.orderrelay.console.reconciliations;

import dev.orderrelay.console.reconciliations.InvalidReconciliationException.FieldError;
import dev.orderrelay.console.shops.ShopDomain;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a {@code POST /api/reconciliations} body asks for, checked whole before anything is written. The window is
 * widened to whole UTC hours (the reconciler's unit: a partial hour would be measured as if it were the whole
 * hour) and must satisfy the limits below; every problem is reported with its field.
 *
 * @param shop the one shop to reconcile, or null for every active shop
 * @param from the first hour's start, inclusive
 * @param to the last hour's end, exclusive
 */
record ReconciliationRequest(String shop, Instant from, Instant to) {

    /**
     * The longest window a run covers: the scheduled runs' look-back (Shopify's last webhook retry plus margin).
     * Runs execute one at a time under one lock and the schedule skips while one holds it, so one long request
     * would hold up everything else; a longer gap takes several requests.
     */
    static final int MAX_HOURS = 72;

    /** How far back a window may start: Shopify lists older orders only to apps granted read_all_orders. */
    static final int MAX_AGE_DAYS = 60;

    private static final Set<String> FIELDS = Set.of("shop", "from", "to");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final int SHOWN_LENGTH = 80;

    /** Reads and checks a body at {@code now}; 400 {@code invalid-reconciliation} naming each field at fault. */
    static ReconciliationRequest read(JsonNode body, Instant now) {
        if (body == null || !body.isObject()) {
            throw new InvalidReconciliationException(
                    "body",
                    "must be a JSON object: {\"shop\": \"<shop>.myshopify.com\" (optional: every active shop),"
                            + " \"from\": \"2026-11-24T08:00:00Z\", \"to\": \"2026-11-24T11:00:00Z\"}");
        }
        List<FieldError> errors = new ArrayList<>();
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(
                        name, "is not a field here; a reconciliation request has shop (optional), from and to"));
            }
        }
        String shop = shop(body.get("shop"), errors);
        Instant from = instant("from", body.get("from"), errors);
        Instant to = instant("to", body.get("to"), errors);
        Instant start = null;
        Instant end = null;
        if (from != null && to != null) {
            start = from.truncatedTo(ChronoUnit.HOURS);
            end = endOfHourOrSame(to);
            window(from, to, start, end, now, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidReconciliationException(errors);
        }
        return new ReconciliationRequest(shop, start, end);
    }

    private static void window(
            Instant from, Instant to, Instant start, Instant end, Instant now, List<FieldError> errors) {
        if (!to.isAfter(from)) {
            errors.add(new FieldError("to", "must be after from (" + from + ")"));
            return;
        }
        Instant earliest = now.minus(Duration.ofDays(MAX_AGE_DAYS));
        if (start.isBefore(earliest)) {
            errors.add(new FieldError(
                    "from",
                    "must not be more than " + MAX_AGE_DAYS + " days ago (from the hour starting "
                            + endOfHourOrSame(earliest) + " on): Shopify lists older orders only to apps granted"
                            + " read_all_orders"));
        }
        Instant latest = now.truncatedTo(ChronoUnit.HOURS).plus(HOUR);
        if (to.isAfter(latest)) {
            errors.add(new FieldError(
                    "to", "must not be after the end of the current hour (" + latest + "): later orders do not exist"));
        }
        long hours = Duration.between(start, end).toHours();
        if (hours > MAX_HOURS) {
            errors.add(new FieldError(
                    "from",
                    "the window " + start + " to " + end + " (whole hours) spans " + hours + " hours; a run covers at"
                            + " most " + MAX_HOURS + ": ask for several runs to cover more"));
        }
    }

    private static String shop(JsonNode shop, List<FieldError> errors) {
        if (shop == null || shop.isNull()) {
            return null;
        }
        if (!shop.isString() || !ShopDomain.isValid(shop.stringValue())) {
            errors.add(new FieldError(
                    "shop",
                    "must be a shop's lower-case *.myshopify.com domain, or left out for every active shop; got "
                            + shown(shop)));
            return null;
        }
        return shop.stringValue();
    }

    private static Instant instant(String name, JsonNode value, List<FieldError> errors) {
        if (value == null || value.isNull()) {
            errors.add(new FieldError(name, "is required: an ISO-8601 UTC time, e.g. 2026-11-24T10:00:00Z"));
            return null;
        }
        if (value.isString()) {
            try {
                return Instant.parse(value.stringValue());
            } catch (DateTimeParseException e) {
                // answered below
            }
        }
        errors.add(
                new FieldError(name, "must be an ISO-8601 UTC time, e.g. 2026-11-24T10:00:00Z; got " + shown(value)));
        return null;
    }

    /** {@code at} when it is an hour boundary, else the end of its hour. */
    private static Instant endOfHourOrSame(Instant at) {
        Instant start = at.truncatedTo(ChronoUnit.HOURS);
        return start.equals(at) ? at : start.plus(HOUR);
    }

    /** A value quoted for a message, cut short so a caller cannot make us echo a megabyte. */
    private static String shown(JsonNode value) {
        String text = value.isString() ? "'" + value.stringValue() + "'" : value.toString();
        return text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "..." : text;
    }
}
