package dev.orderrelay.devstack.destinations.ga4;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One event of a Measurement Protocol request: its name, at most 25 parameters with valid names and values of at most
 * 100 characters, its own {@code timestamp_micros}, and for {@code purchase} and {@code refund} the e-commerce rules:
 * a non-empty {@code transaction_id}, a numeric {@code value} with an ISO 4217 {@code currency}, valid items.
 */
final class Ga4EventValidator {

    static final int MAX_PARAMS = 25;
    static final int MAX_VALUE_LENGTH = 100;

    private static final Set<String> TRANSACTIONS = Set.of("purchase", "refund");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final Ga4Timestamps timestamps;
    private final Ga4ItemsValidator items = new Ga4ItemsValidator();

    Ga4EventValidator(Ga4Timestamps timestamps) {
        this.timestamps = timestamps;
    }

    List<ValidationMessage> check(int index, JsonNode event) {
        String path = "events[" + index + "]";
        List<ValidationMessage> messages = new ArrayList<>();
        if (!event.isObject()) {
            messages.add(new ValidationMessage(path, "an event must be an object", ValidationCode.VALUE_INVALID));
            return messages;
        }
        String name = checkName(path + ".name", event.get("name"), messages);
        timestamps
                .check(path + ".timestamp_micros", event.get("timestamp_micros"))
                .ifPresent(messages::add);
        JsonNode params = event.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            messages.add(
                    new ValidationMessage(path + ".params", "params must be an object", ValidationCode.VALUE_INVALID));
            return messages;
        }
        if (params != null && params.isObject()) {
            checkParams(path + ".params", params, messages);
        }
        if (name != null && TRANSACTIONS.contains(name)) {
            checkTransaction(path + ".params", params, messages);
        }
        return messages;
    }

    /** The event name if it is a string, after noting what is wrong with it. */
    private static String checkName(String path, JsonNode name, List<ValidationMessage> messages) {
        if (name == null
                || name.isNull()
                || (name.isString() && name.stringValue().isEmpty())) {
            messages.add(new ValidationMessage(path, "an event needs a name", ValidationCode.VALUE_REQUIRED));
            return null;
        }
        if (!name.isString()) {
            messages.add(new ValidationMessage(path, "the event name must be a string", ValidationCode.VALUE_INVALID));
            return null;
        }
        String text = name.stringValue();
        if (Ga4Names.reservedEvent(text)) {
            messages.add(
                    new ValidationMessage(path, "event name [" + text + "] is reserved", ValidationCode.NAME_RESERVED));
        } else if (!Ga4Names.wellFormed(text, Ga4Names.MAX_NAME_LENGTH)) {
            messages.add(new ValidationMessage(
                    path,
                    "event name [" + text + "] must start with a letter, hold only letters, digits and underscores,"
                            + " and be at most 40 characters",
                    ValidationCode.NAME_INVALID));
        }
        return text;
    }

    private void checkParams(String path, JsonNode params, List<ValidationMessage> messages) {
        if (params.size() > MAX_PARAMS) {
            messages.add(new ValidationMessage(
                    path,
                    "an event may have at most " + MAX_PARAMS + " parameters, had " + params.size(),
                    ValidationCode.EXCEEDED_MAX_ENTITIES));
        }
        for (Map.Entry<String, JsonNode> param : params.properties()) {
            String name = param.getKey();
            String paramPath = path + "." + name;
            JsonNode value = param.getValue();
            if (Ga4Names.reservedPrefix(name)) {
                messages.add(new ValidationMessage(
                        paramPath, "parameter name [" + name + "] is reserved", ValidationCode.NAME_RESERVED));
            } else if (!Ga4Names.wellFormed(name, Ga4Names.MAX_NAME_LENGTH)) {
                messages.add(new ValidationMessage(
                        paramPath, "parameter name [" + name + "] is invalid", ValidationCode.NAME_INVALID));
            }
            if ("items".equals(name)) {
                messages.addAll(items.check(paramPath, value));
            } else if (value.isString() && value.stringValue().length() > MAX_VALUE_LENGTH) {
                messages.add(new ValidationMessage(
                        paramPath,
                        "parameter values may be at most " + MAX_VALUE_LENGTH + " characters, had "
                                + value.stringValue().length(),
                        ValidationCode.VALUE_OUT_OF_BOUNDS));
            } else if (value.isContainer()) {
                messages.add(new ValidationMessage(
                        paramPath,
                        "parameter values must be strings, numbers or booleans",
                        ValidationCode.VALUE_INVALID));
            }
        }
    }

    private static void checkTransaction(String path, JsonNode params, List<ValidationMessage> messages) {
        JsonNode transactionId = params == null ? null : params.get("transaction_id");
        if (Ga4ItemsValidator.blank(transactionId)) {
            messages.add(new ValidationMessage(
                    path + ".transaction_id",
                    "transaction_id is required and must not be empty",
                    ValidationCode.VALUE_REQUIRED));
        }
        if (params == null) {
            return;
        }
        JsonNode value = params.get("value");
        boolean hasValue = value != null && !value.isNull();
        if (hasValue && !value.isNumber()) {
            messages.add(
                    new ValidationMessage(path + ".value", "value must be a number", ValidationCode.VALUE_INVALID));
        }
        JsonNode currency = params.get("currency");
        boolean hasCurrency = currency != null && !currency.isNull();
        if (hasValue && !hasCurrency) {
            messages.add(new ValidationMessage(
                    path + ".currency", "currency is required when value is set", ValidationCode.VALUE_REQUIRED));
        }
        if (hasCurrency
                && !(currency.isString()
                        && CURRENCY.matcher(currency.stringValue()).matches())) {
            messages.add(new ValidationMessage(
                    path + ".currency",
                    "currency must be an ISO 4217 code of three upper-case letters",
                    ValidationCode.VALUE_INVALID));
        }
    }
}
