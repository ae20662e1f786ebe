package dev.orderrelay.console.shops;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@code PUT} body into a {@link ShopDocument}, strictly: an unknown field is an error, because a
 * {@code PUT} replaces the whole configuration and a misspelt {@code "polcy"} would otherwise silently drop the
 * shop's policy. Errors name the JSON path of the field at fault.
 */
@Component
class ShopDocumentReader {

    private final ObjectReader reader;

    ShopDocumentReader(JsonMapper json) {
        this.reader = json.readerFor(ShopDocument.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    ShopDocument read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidShopConfigException("body", "must be a JSON object");
        }
        try {
            return reader.readValue(body);
        } catch (JacksonException e) {
            throw new InvalidShopConfigException(path(e), problem(e));
        }
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String problem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field here; a shop has shop, status, policy, destinations and adminApiCredentialsRef, a"
                    + " destination has name, kind, settings and credentialsRef";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType());
        }
        return "cannot be read";
    }

    private static String expected(Class<?> type) {
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a JSON object";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a string";
    }
}
