package dev.orderrelay.shopify.attribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GA4's first-party cookie values, as a storefront may copy them into cart attributes. {@code _ga} is
 * {@code GA1.<domain level>.<random>.<timestamp>}, and the client id is its last two fields. {@code _ga_<container>}
 * holds the stream's session: {@code GS1.1.<session id>.<session number>.<engaged>.<last hit>...} or, in the newer
 * format, {@code GS2.1.s<session id>$o<session number>$g<engaged>$t<last hit>...}; the session id is GA4's
 * {@code ga_session_id}.
 */
final class GaCookies {

    private static final Pattern CLIENT_COOKIE = Pattern.compile("GA\\d{1,2}\\.\\d{1,2}\\.(\\d{1,20}\\.\\d{1,20})");
    private static final Pattern CLIENT_ID = Pattern.compile("\\d{1,20}\\.\\d{1,20}");
    private static final Pattern SESSION_GS1 = Pattern.compile("GS1\\.\\d{1,2}\\.(\\d{1,20})(?:\\..*)?");
    private static final Pattern SESSION_GS2 = Pattern.compile("GS2\\.\\d{1,2}\\.s(\\d{1,20})(?:\\$.*)?");
    private static final Pattern SESSION_ID = Pattern.compile("\\d{1,20}");

    private GaCookies() {}

    /** The client id of a {@code _ga} value, whole cookie or id alone; null for anything else. */
    static String clientIdOfCookie(String value) {
        String cleaned = AttributionText.token(value, 3, 64);
        if (cleaned == null) {
            return null;
        }
        Matcher cookie = CLIENT_COOKIE.matcher(cleaned);
        if (cookie.matches()) {
            return cookie.group(1);
        }
        return CLIENT_ID.matcher(cleaned).matches() ? cleaned : null;
    }

    /**
     * A client id as a storefront names it: a {@code _ga} value, or any other id the site gave gtag (GA4 takes any
     * string), at most 100 characters without whitespace.
     */
    static String clientId(String value) {
        String fromCookie = clientIdOfCookie(value);
        return fromCookie != null ? fromCookie : AttributionText.token(value, 1, 100);
    }

    /** The session id in a {@code _ga_<container>} value; null for anything else. */
    static String sessionIdOfCookie(String value) {
        String cleaned = AttributionText.token(value, 5, 200);
        if (cleaned == null) {
            return null;
        }
        Matcher gs1 = SESSION_GS1.matcher(cleaned);
        if (gs1.matches()) {
            return gs1.group(1);
        }
        Matcher gs2 = SESSION_GS2.matcher(cleaned);
        return gs2.matches() ? gs2.group(1) : null;
    }

    /**
     * A session id passed alone: digits (GA4's session ids are the session's start in epoch seconds), or a whole
     * {@code _ga_<container>} value.
     */
    static String sessionId(String value) {
        String cleaned = AttributionText.token(value, 1, 200);
        if (cleaned == null) {
            return null;
        }
        return SESSION_ID.matcher(cleaned).matches() ? cleaned : sessionIdOfCookie(cleaned);
    }
}
