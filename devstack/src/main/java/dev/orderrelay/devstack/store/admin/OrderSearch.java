package dev.orderrelay.devstack.store.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The part of Shopify's search syntax the store understands, for {@code orders} and {@code ordersCount}: terms such as
 * {@code created_at:>='2026-11-24T10:00:00Z'} joined by {@code AND} (or a space), on {@code created_at} and
 * {@code updated_at} (operators {@code >= > <= <} and {@code :} for equals; a date alone means its whole UTC day),
 * {@code test} and {@code financial_status}. Anything else is refused, never silently ignored, so a reconciler query
 * the store does not understand shows up as an error rather than as a wrong answer.
 */
final class OrderSearch {

    private OrderSearch() {}

    /** The filter for {@code query}; null or blank matches every order. */
    static Predicate<OrderSnapshot> parse(String query) {
        Predicate<OrderSnapshot> filter = order -> true;
        if (query == null || query.isBlank()) {
            return filter;
        }
        for (String term : terms(query)) {
            if (term.equals("AND")) {
                continue;
            }
            if (term.equals("OR") || term.equals("NOT") || term.startsWith("-")) {
                throw unsupported(query, "only terms joined by AND are supported");
            }
            filter = filter.and(term(query, term));
        }
        return filter;
    }

    private static Predicate<OrderSnapshot> term(String query, String term) {
        int colon = term.indexOf(':');
        if (colon < 1) {
            throw unsupported(query, "'" + term + "' is not field:value");
        }
        String field = term.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = term.substring(colon + 1);
        String operator = rest.startsWith(">=") || rest.startsWith("<=")
                ? rest.substring(0, 2)
                : rest.startsWith(">") || rest.startsWith("<") ? rest.substring(0, 1) : "";
        String value = unquote(rest.substring(operator.length()));
        return switch (field) {
            case "created_at" -> time(query, operator, value, true);
            case "updated_at" -> time(query, operator, value, false);
            case "test" -> order -> order.rest().path("test").asBoolean() == Boolean.parseBoolean(value);
            case "financial_status" ->
                order -> order.rest().path("financial_status").asString().equalsIgnoreCase(value);
            default ->
                throw unsupported(
                        query, "field '" + field + "' is not one of created_at, updated_at, test, financial_status");
        };
    }

    private static Predicate<OrderSnapshot> time(String query, String operator, String value, boolean created) {
        Instant from;
        Instant dayEnd;
        try {
            if (value.length() == 10) {
                from = LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
                dayEnd = from.plusSeconds(86_400);
            } else {
                from = OffsetDateTime.parse(value).toInstant();
                dayEnd = null;
            }
        } catch (DateTimeParseException e) {
            throw unsupported(query, "'" + value + "' is not an ISO-8601 date or time");
        }
        Instant limit = from;
        Instant end = dayEnd;
        return order -> {
            Instant at = created ? order.createdAt() : order.updatedAt();
            return switch (operator) {
                case ">=" -> !at.isBefore(limit);
                case ">" -> at.isAfter(end != null ? end.minusNanos(1) : limit);
                case "<=" -> end != null ? at.isBefore(end) : !at.isAfter(limit);
                case "<" -> at.isBefore(limit);
                default -> end != null ? !at.isBefore(limit) && at.isBefore(end) : at.equals(limit);
            };
        };
    }

    /** Splits on whitespace outside quotes; quotes stay, so a value keeps its spaces. */
    private static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        StringBuilder term = new StringBuilder();
        char quote = 0;
        for (char c : query.toCharArray()) {
            if (quote == 0 && Character.isWhitespace(c)) {
                if (!term.isEmpty()) {
                    terms.add(term.toString());
                    term.setLength(0);
                }
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            term.append(c);
        }
        if (!term.isEmpty()) {
            terms.add(term.toString());
        }
        return terms;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.charAt(0) == '\'' || value.charAt(0) == '"')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static AdminQueryException unsupported(String query, String why) {
        return new AdminQueryException("Unsupported search query '" + query + "': " + why);
    }
}
