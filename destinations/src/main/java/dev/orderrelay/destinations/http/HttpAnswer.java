package dev.orderrelay.destinations.http;

import java.util.Map;
import java.util.Optional;

/**
 * A destination's answer as {@link JsonPoster} read it.
 *
 * @param status the HTTP status
 * @param headers the first value of each header, names in any case
 * @param body the start of the body as UTF-8 text; empty when there was none or it could not be read
 * @param cut whether the body went on beyond what was read
 * @param unreadable the kind of failure that stopped the body being read, or {@code null}
 */
public record HttpAnswer(int status, Map<String, String> headers, String body, boolean cut, String unreadable) {

    public HttpAnswer {
        headers = Map.copyOf(headers);
    }

    /** The header {@code name}, in any case. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The body whole: there was one, and all of it was read. */
    public boolean complete() {
        return !cut && unreadable == null;
    }

    /** The body as a reason quotes it: flattened and cut short ({@link ResponseExcerpt}). */
    public String excerpt() {
        return unreadable != null ? "(body unreadable: " + unreadable + ")" : ResponseExcerpt.of(body, cut);
    }
}
