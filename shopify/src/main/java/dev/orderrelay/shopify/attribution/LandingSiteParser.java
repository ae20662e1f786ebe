package dev.orderrelay.shopify.attribution;

import dev.orderrelay.core.event.Attribution;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an order's landing page ({@code landing_site}: a path and query such as
 * {@code /products/tee?utm_source=google&utm_medium=cpc&gclid=...}, or a whole URL) into its campaign parameters
 * ({@code utm_source}, {@code utm_medium}, {@code utm_campaign}, {@code utm_term}, {@code utm_content}), click ids
 * ({@code gclid}, {@code fbclid}, {@code msclkid}) and path. Parameter names are matched case-insensitively, and an
 * HTML-escaped separator ({@code &amp;}) is read as {@code &}; the first occurrence of a parameter wins. A parameter
 * whose value is badly percent-encoded, blank, over-long or holds control characters is left out, the others are
 * kept. Never throws.
 */
public final class LandingSiteParser {

    /** Click ids are URL-safe tokens: letters, digits, {@code -} and {@code _}. */
    private static final Pattern CLICK_ID = Pattern.compile("[A-Za-z0-9_-]{1,500}");

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");

    /**
     * Paths whose segments can carry a token or an order's key (password resets, order status pages, checkouts):
     * such a landing path is not kept.
     */
    private static final List<String> PRIVATE_PATHS =
            List.of("/account", "/orders/", "/checkouts/", "/cart/c/", "/apps/", "/tools/");

    private static final int MAX_PATH_CHARS = 200;

    /** The attribution in {@code landingSite}; {@link Attribution#none()} for null, blank or unusable input. */
    public Attribution parse(String landingSite) {
        if (landingSite == null || landingSite.isBlank() || landingSite.length() > AttributionText.MAX_URL_CHARS) {
            return Attribution.none();
        }
        String text = landingSite.strip();
        int fragment = text.indexOf('#');
        if (fragment >= 0) {
            text = text.substring(0, fragment);
        }
        text = withoutSchemeAndHost(text);
        int question = text.indexOf('?');
        String path = question >= 0 ? text.substring(0, question) : text;
        Map<String, String> query = question >= 0 ? query(text.substring(question + 1)) : Map.of();
        return new Attribution(
                AttributionText.clean(query.get("utm_source")),
                AttributionText.clean(query.get("utm_medium")),
                AttributionText.clean(query.get("utm_campaign")),
                AttributionText.clean(query.get("utm_term")),
                AttributionText.clean(query.get("utm_content")),
                clickId(query.get("gclid")),
                clickId(query.get("fbclid")),
                clickId(query.get("msclkid")),
                landingPath(path),
                null);
    }

    /** {@code https://shop.example/products/x?...} becomes {@code /products/x?...}; a path is left as it is. */
    private static String withoutSchemeAndHost(String text) {
        var scheme = SCHEME.matcher(text);
        if (!scheme.find()) {
            return text;
        }
        String rest = text.substring(scheme.end());
        int slash = rest.indexOf('/');
        int question = rest.indexOf('?');
        int cut = slash < 0 ? question : (question < 0 ? slash : Math.min(slash, question));
        if (cut < 0) {
            return "/";
        }
        String remainder = rest.substring(cut);
        return remainder.startsWith("?") ? "/" + remainder : remainder;
    }

    /** The decoded value of each parameter's first occurrence; parameters that do not decode are left out. */
    private static Map<String, String> query(String query) {
        Map<String, String> values = new HashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals >= 0 ? pair.substring(0, equals) : pair;
            String rawValue = equals >= 0 ? pair.substring(equals + 1) : "";
            String name = AttributionText.decode(rawName);
            if (name == null) {
                continue;
            }
            name = name.toLowerCase(Locale.ROOT);
            // "a=1&amp;b=2", a landing URL copied out of HTML, names the second parameter "amp;b".
            if (name.startsWith("amp;")) {
                name = name.substring(4);
            }
            if (values.containsKey(name)) {
                continue;
            }
            String value = AttributionText.decode(rawValue);
            if (value != null) {
                values.put(name, value);
            } else {
                // Remember the parameter was there, so a later well-formed duplicate does not take its place.
                values.put(name, null);
            }
        }
        return values;
    }

    private static String clickId(String value) {
        String cleaned = AttributionText.clean(value);
        return cleaned != null && CLICK_ID.matcher(cleaned).matches() ? cleaned : null;
    }

    private static String landingPath(String path) {
        if (!path.startsWith("/") || path.length() > MAX_PATH_CHARS) {
            return null;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        for (String privatePath : PRIVATE_PATHS) {
            if (lower.startsWith(privatePath)) {
                return null;
            }
        }
        return AttributionText.token(path, 1, MAX_PATH_CHARS);
    }
}
