package dev.orderrelay.destinations.ga4;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One message of GA4's validation server ({@code /debug/mp/collect}), which answers
 * {@code {"validationMessages":[{"fieldPath","description","validationCode"}]}}: empty when the body is valid.
 *
 * @param fieldPath the path of the invalid field, e.g. {@code events} or {@code events[3].params.currency}
 * @param description what is wrong, e.g. {@code Event at index: [0] has invalid name [_bad]}
 * @param validationCode e.g. {@code VALUE_INVALID}
 */
record Ga4ValidationMessage(String fieldPath, String description, String validationCode) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH_INDEX = Pattern.compile("events\\[(\\d{1,2})]");
    private static final Pattern DESCRIPTION_INDEX = Pattern.compile("(?i)\\bindex:?\\s*\\[(\\d{1,2})]");

    /**
     * The messages in the validation server's answer; none when it lists none.
     *
     * @throws IllegalArgumentException when the answer is not a JSON object
     */
    static List<Ga4ValidationMessage> parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        List<Ga4ValidationMessage> messages = new ArrayList<>();
        for (JsonNode message : root.path("validationMessages")) {
            messages.add(new Ga4ValidationMessage(
                    text(message, "fieldPath"), text(message, "description"), text(message, "validationCode")));
        }
        return List.copyOf(messages);
    }

    /**
     * The index, in the request's {@code events}, of the event this message is about, when its field path or its
     * description says; empty when it could concern any.
     */
    OptionalInt eventIndex() {
        Matcher path = PATH_INDEX.matcher(fieldPath);
        if (path.find()) {
            return OptionalInt.of(Integer.parseInt(path.group(1)));
        }
        Matcher description = DESCRIPTION_INDEX.matcher(this.description);
        return description.find() ? OptionalInt.of(Integer.parseInt(description.group(1))) : OptionalInt.empty();
    }

    /** The message as a reason states it: {@code events: currency is invalid (VALUE_INVALID)}. */
    String describe() {
        String where = fieldPath.isEmpty() ? "" : fieldPath + ": ";
        String code = validationCode.isEmpty() ? "" : " (" + validationCode + ")";
        return where + description + code;
    }

    private static String text(JsonNode message, String field) {
        JsonNode value = message.path(field);
        return value.isString() ? value.stringValue() : "";
    }
}
