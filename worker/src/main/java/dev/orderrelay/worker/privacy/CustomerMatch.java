package dev.orderrelay.worker.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Tells whether something the ledger keeps is about the customer of a privacy request: a payload (an order of theirs
 * by id, or one carrying their customer id, e-mail or phone), a delivery message (an order of theirs, or an event
 * carrying their id), or text that is not JSON (it mentions their e-mail, phone, customer id or an order of theirs).
 * A JSON payload is judged by its fields only, so another customer's order is never taken for theirs.
 */
record CustomerMatch(String customerId, String email, String phone, Set<String> orderIds) {

    private static final String GID = "gid://shopify/";
    private static final int FEWEST_PHONE_DIGITS = 7;

    CustomerMatch {
        orderIds = Set.copyOf(orderIds);
        email = email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    static CustomerMatch of(CustomerRequest request) {
        return new CustomerMatch(
                request.customerId(), request.email(), request.phone(), Set.copyOf(request.orderIds()));
    }

    /** The order id a payload is about: an order's {@code id} or {@code legacyResourceId}, a refund's {@code order_id}. */
    static String orderIdOf(JsonNode payload) {
        for (String field : new String[] {"order_id", "legacyResourceId", "id"}) {
            String id = id(payload.get(field));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    boolean ownsPayload(JsonNode payload) {
        if (!payload.isObject()) {
            return false;
        }
        String orderId = orderIdOf(payload);
        if (orderId != null && orderIds.contains(orderId)) {
            return true;
        }
        JsonNode customer = payload.path("customer");
        if (customerId != null
                && (customerId.equals(id(customer.get("id")))
                        || customerId.equals(id(customer.get("legacyResourceId"))))) {
            return true;
        }
        for (JsonNode holder : new JsonNode[] {payload, customer}) {
            if (sameEmail(holder.get("email"))
                    || sameEmail(holder.get("contact_email"))
                    || samePhone(holder.get("phone"))) {
                return true;
            }
        }
        return false;
    }

    boolean ownsDelivery(JsonNode message) {
        String orderId = id(message.get("orderId"));
        return (orderId != null && orderIds.contains(orderId))
                || (customerId != null
                        && customerId.equals(
                                id(message.path("payload").path("identity").get("customerId"))));
    }

    boolean mentionedIn(String text) {
        if (text == null) {
            return false;
        }
        if (email != null && text.toLowerCase(Locale.ROOT).contains(email)) {
            return true;
        }
        if (phone != null && (text.contains(phone) || hasNumber(text, digits(phone)))) {
            return true;
        }
        if (customerId != null && hasNumber(text, customerId)) {
            return true;
        }
        return orderIds.stream().anyMatch(order -> hasNumber(text, order));
    }

    private boolean sameEmail(JsonNode value) {
        return email != null
                && value != null
                && value.isString()
                && email.equalsIgnoreCase(value.stringValue().strip());
    }

    private boolean samePhone(JsonNode value) {
        String wanted = phone == null ? "" : digits(phone);
        return wanted.length() >= FEWEST_PHONE_DIGITS
                && value != null
                && value.isString()
                && wanted.equals(digits(value.stringValue()));
    }

    private static boolean hasNumber(String text, String number) {
        return number.length() >= FEWEST_PHONE_DIGITS - 3
                && Pattern.compile("(?<![0-9])" + Pattern.quote(number) + "(?![0-9])")
                        .matcher(text)
                        .find();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    /** An id from a JSON integer, a digit string or a gid. */
    private static String id(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isString()) {
            String text = value.stringValue();
            return text.startsWith(GID) ? text.substring(text.lastIndexOf('/') + 1) : text;
        }
        return null;
    }
}
