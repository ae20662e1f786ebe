package dev.orderrelay.console.reconciliations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The "start a reconciliation" form, as typed. It becomes the body the API takes, so {@link ReconciliationRequest}
 * checks it with the API's rules and answers in the API's words. Times come from the browser's date-time field
 * ({@code 2026-11-24T10:00}, UTC by the form's label) or as ISO-8601 instants; an empty shop means every active shop.
 */
record ReconciliationForm(String shop, String from, String to) {

    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The form a page offers at {@code now}: the last full hour and the current one, the shop left to choose. */
    static ReconciliationForm lastHour(String shop, Instant now) {
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        return new ReconciliationForm(
                shop, field(hour.minus(1, ChronoUnit.HOURS)), field(hour.plus(1, ChronoUnit.HOURS)));
    }

    /** The API's request body for this form. */
    JsonNode body() {
        ObjectNode body = JSON.createObjectNode();
        if (shop != null && !shop.isBlank()) {
            body.put("shop", shop.strip());
        }
        putTime(body, "from", from);
        putTime(body, "to", to);
        return body;
    }

    private static void putTime(ObjectNode body, String name, String value) {
        if (value == null || value.isBlank()) {
            return; // the API names the missing field
        }
        String text = value.strip();
        try {
            body.put(name, LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toString());
        } catch (DateTimeParseException notTheBrowsersField) {
            body.put(name, text);
        }
    }

    private static String field(Instant at) {
        return FIELD.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
