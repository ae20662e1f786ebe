package dev.orderrelay.ledger.parked;

import java.util.regex.Pattern;

/**
 * A short, stable category for a park reason, so dead letters can be counted by reason although each reason is free
 * text naming its shop, order and destination. The reason's lead phrase is kept, its specifics masked: a
 * sender's {@code <kind> '<name>' (shop ..., order ..., event):} prefix is dropped, the text is cut at the first
 * {@code :}, {@code ;} or {@code (}, and words that look like identifiers (holding a digit run, a dot, an {@code @}, a
 * slash or quotes: domains, order ids, topics, emails) become {@code *}. {@code unknown shop a.myshopify.com:
 * configure it ...} becomes {@code unknown shop *}; {@code ga4 'main' (shop s, order 1, purchase): GA4's validation
 * server refused it, not sent: ...} becomes {@code GA4's validation server refused it, not sent}.
 */
public final class ReasonCategory {

    /** The category of a blank reason. */
    public static final String OTHER = "other";

    static final int MAX_LENGTH = 80;

    private static final Pattern SENDER_PREFIX = Pattern.compile("^[a-z0-9]+ '[^']*' \\([^)]*\\):\\s*");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern SPECIFIC = Pattern.compile(".*(\\d{4,}|[./@\\\\]|%|=).*");

    private ReasonCategory() {}

    public static String of(String reason) {
        if (reason == null || reason.isBlank()) {
            return OTHER;
        }
        String text = SENDER_PREFIX.matcher(reason.strip()).replaceFirst("");
        int cut = firstOf(text, ':', ';', '(');
        if (cut >= 0) {
            text = text.substring(0, cut);
        }
        text = QUOTED.matcher(text).replaceAll("*");
        StringBuilder category = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String kept = SPECIFIC.matcher(word).matches() ? "*" : word;
            if (category.length() + kept.length() + 1 > MAX_LENGTH) {
                break;
            }
            if (!category.isEmpty()) {
                category.append(' ');
            }
            category.append(kept);
        }
        String result = category.toString().strip();
        return result.isEmpty() || result.equals("*") ? OTHER : result;
    }

    private static int firstOf(String text, char... marks) {
        int first = -1;
        for (char mark : marks) {
            int at = text.indexOf(mark);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
