package dev.orderrelay.shopify.attribution;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an order's referrer ({@code referring_site}, e.g. {@code https://www.google.com/search?q=...} or
 * {@code android-app://com.google.android.gm/}) into the referring domain, lower case, without port, credentials,
 * path or query: the query of a search engine's URL can hold what the buyer searched for, so it is never kept. A
 * value without a scheme ({@code www.google.com/}) is read as a host and path. Never throws.
 */
public final class ReferringSiteParser {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    /** A host name (Unicode letters allowed, as in an IDN shown decoded), an IPv4 address, or a bracketed IPv6. */
    private static final Pattern HOST = Pattern.compile(
            "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?)(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?)*|\\[[0-9a-f:.]{2,45}]");

    private static final int MAX_HOST_CHARS = 253;

    /** The referring domain, or null for null, blank or unusable input. */
    public String domain(String referringSite) {
        if (referringSite == null
                || referringSite.isBlank()
                || referringSite.length() > AttributionText.MAX_URL_CHARS) {
            return null;
        }
        String text = referringSite.strip();
        var scheme = SCHEME.matcher(text);
        if (scheme.find()) {
            text = text.substring(scheme.end());
        } else if (text.startsWith("//")) {
            text = text.substring(2);
        } else if (text.startsWith("/")) {
            return null; // a path alone names no site
        }
        int end = text.length();
        for (char stop : new char[] {'/', '?', '#', '\\'}) {
            int at = text.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String authority = text.substring(0, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String host = authority.startsWith("[") ? bracketed(authority) : withoutPort(authority);
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return !host.isEmpty()
                        && host.length() <= MAX_HOST_CHARS
                        && HOST.matcher(host).matches()
                ? host
                : null;
    }

    private static String bracketed(String authority) {
        int close = authority.indexOf(']');
        return close < 0 ? null : authority.substring(0, close + 1);
    }

    /** The host before a {@code :port}; null when what follows the colon is no port ({@code javascript:...}). */
    private static String withoutPort(String authority) {
        int colon = authority.lastIndexOf(':');
        if (colon < 0) {
            return authority;
        }
        String port = authority.substring(colon + 1);
        return port.chars().allMatch(Character::isDigit) && port.length() <= 5 ? authority.substring(0, colon) : null;
    }
}
