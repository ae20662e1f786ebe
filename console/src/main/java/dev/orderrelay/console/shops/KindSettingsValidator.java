package dev.orderrelay.console.shops;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of each destination kind: which settings it takes, which it needs and what their values look like, and
 * what secret its {@code credentialsRef} names. A setting a kind does not take is refused with the ones it does, so
 * a typo such as {@code measurmentId} fails the {@code PUT} instead of being saved and ignored.
 */
final class KindSettingsValidator {

    /** Settings by kind, in the order messages list them. */
    private static final Map<String, List<String>> SETTINGS = Map.of(
            "webhook", List.of("url"),
            "ga4", List.of("measurementId", "validate", "region"),
            "segment", List.of("region", "affiliation"),
            "amplitude", List.of("region"));
    /** What each kind's secret is, for the message when credentialsRef is missing. */
    private static final Map<String, String> CREDENTIALS = Map.of(
            "webhook", "the secret its deliveries are signed with",
            "ga4", "the Measurement Protocol API secret of its data stream",
            "segment", "the write key of its Segment source",
            "amplitude", "the API key of its Amplitude project");
    /** A GA4 web data stream's Measurement ID, e.g. {@code G-ABC123DEF4}. */
    private static final Pattern MEASUREMENT_ID = Pattern.compile("G-[A-Z0-9]{4,20}");

    private static final Set<String> BOOLEANS = Set.of("true", "false");
    private static final Set<String> REGIONS = Set.of("us", "eu");
    /** GA4 collects globally, or in the EU through region1.google-analytics.com. */
    private static final Set<String> GA4_REGIONS = Set.of("global", "eu");

    private final boolean allowHttp;

    KindSettingsValidator(boolean allowHttp) {
        this.allowHttp = allowHttp;
    }

    static boolean isKind(String kind) {
        return kind != null && SETTINGS.containsKey(kind);
    }

    /** What the kind's credentialsRef names, e.g. "the write key of its Segment source". */
    static String credential(String kind) {
        return CREDENTIALS.get(kind);
    }

    /** Why {@code key} is refused for {@code kind}, or nothing when the kind takes it. */
    static Optional<String> unknownSetting(String kind, String key) {
        List<String> known = SETTINGS.get(kind);
        if (known.contains(key)) {
            return Optional.empty();
        }
        String suggestion = known.stream()
                .filter(candidate -> resembles(candidate, key))
                .findFirst()
                .map(candidate -> " (did you mean " + candidate + "?)")
                .orElse("");
        return Optional.of("is not a setting of a " + kind + " destination" + suggestion + "; its settings are "
                + String.join(", ", known));
    }

    /** Checks the values of a known kind's settings; {@code field} is the path of its settings object. */
    void validate(String field, String kind, Map<String, String> settings, Violations violations) {
        switch (kind) {
            case "webhook" -> webhookUrl(field + ".url", settings.get("url"), violations);
            case "ga4" -> {
                measurementId(field + ".measurementId", settings, violations);
                oneOf(field + ".validate", settings.get("validate"), BOOLEANS, "true or false", violations);
                oneOf(field + ".region", settings.get("region"), GA4_REGIONS, "global or eu", violations);
            }
            case "segment", "amplitude" ->
                oneOf(field + ".region", settings.get("region"), REGIONS, "us or eu", violations);
            default -> throw new IllegalArgumentException("not a destination kind: " + kind);
        }
    }

    private static void measurementId(String field, Map<String, String> settings, Violations violations) {
        if (!settings.containsKey("measurementId")) {
            violations.add(
                    field,
                    "a ga4 destination needs the Measurement ID of its web data stream (Admin > Data streams),"
                            + " e.g. G-ABC123DEF4");
            return;
        }
        String id = settings.get("measurementId");
        if (id != null && !MEASUREMENT_ID.matcher(id).matches()) {
            violations.add(
                    field,
                    "must be a GA4 Measurement ID: 'G-' then 4-20 upper-case letters or digits, e.g. G-ABC123DEF4,"
                            + " got " + Violations.shown(id));
        }
    }

    /** An optional setting that must be one of {@code allowed} when it is there. */
    private static void oneOf(String field, String value, Set<String> allowed, String expected, Violations violations) {
        if (value != null && !allowed.contains(value)) {
            violations.add(field, "must be " + expected + ", got " + Violations.shown(value));
        }
    }

    /** The value is never echoed: a webhook URL may carry a token in its query. */
    private void webhookUrl(String field, String url, Violations violations) {
        String expected = allowHttp ? "an absolute http or https URL" : "an absolute https URL";
        if (url == null || url.isBlank()) {
            violations.add(field, "a webhook destination needs its endpoint: " + expected);
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            violations.add(field, "must be " + expected + "; it is not a valid URL");
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeAllowed = scheme.equals("https") || (allowHttp && scheme.equals("http"));
        if (!uri.isAbsolute() || !schemeAllowed || uri.getHost() == null) {
            violations.add(
                    field,
                    "must be " + expected
                            + (scheme.equals("http")
                                    ? " (plain http needs relay.console.allow-http-destinations)"
                                    : ""));
        } else if (uri.getRawUserInfo() != null) {
            violations.add(field, "must not carry credentials (user:password@); name a secret in credentialsRef");
        }
    }

    /** Same name but for case, or at most two letters added, dropped or changed: worth suggesting. */
    private static boolean resembles(String known, String given) {
        return known.equalsIgnoreCase(given)
                || editDistance(known.toLowerCase(Locale.ROOT), given.toLowerCase(Locale.ROOT)) <= 2;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
