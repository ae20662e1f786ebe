package dev.orderrelay.destinations.http;

/**
 * The start of a receiver's answer, fit for a reason: enough to tell why it refused an event, too short to carry a
 * whole echoed order. Flattens line breaks and control characters so it cannot forge log lines.
 */
public final class ResponseExcerpt {

    /** The longest excerpt, in characters. */
    public static final int MAX_CHARS = 300;

    /** The most bytes worth reading for an excerpt: enough for {@link #MAX_CHARS} characters of multi-byte UTF-8. */
    public static final int MAX_BYTES = MAX_CHARS * 4;

    private ResponseExcerpt() {}

    /** The excerpt of {@code text}, marked as cut when it was, or {@code more} follows. */
    public static String of(String text, boolean more) {
        String flat = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (flat.length() > MAX_CHARS) {
            int end = Character.isHighSurrogate(flat.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            return flat.substring(0, end) + "…";
        }
        return more ? flat + "…" : flat;
    }
}
