package dev.orderrelay.console.shops;

import dev.orderrelay.ledger.shops.DestinationConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a shop's destinations: names unique and well formed, a known kind, settings free of secrets, a webhook's
 * URL absolute and on https (plain http only where {@code relay.console.allow-http-destinations} is on).
 */
final class DestinationValidator {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> KINDS = Set.of("webhook", "ga4", "segment", "amplitude");
    private static final Pattern SETTING_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_SETTING_LENGTH = 2048;
    /** A secret manager's name or ARN: letters, digits and {@code /_+=.@:-}. */
    private static final Pattern CREDENTIALS_REF = Pattern.compile("[A-Za-z0-9/_+=.@:-]{1,512}");
    /** Setting names that say they hold a secret; the secret belongs in the store credentialsRef names. */
    private static final List<String> SECRET_WORDS =
            List.of("secret", "password", "token", "apikey", "writekey", "privatekey", "credentials");

    private final boolean allowHttp;

    DestinationValidator(boolean allowHttp) {
        this.allowHttp = allowHttp;
    }

    /** The valid destinations; each problem found goes to {@code violations}. */
    List<DestinationConfig> validate(List<DestinationDocument> destinations, Violations violations) {
        if (destinations == null) {
            return List.of();
        }
        Set<String> names = new HashSet<>();
        List<DestinationConfig> valid = new java.util.ArrayList<>();
        for (int i = 0; i < destinations.size(); i++) {
            String field = "destinations[" + i + "]";
            DestinationDocument destination = destinations.get(i);
            if (destination == null) {
                violations.add(field, "must be a destination object");
                continue;
            }
            int before = violations.count();
            name(field, destination.name(), names, violations);
            kind(field, destination.kind(), violations);
            settings(field, destination, violations);
            credentialsRef(field, destination.credentialsRef(), violations);
            if (violations.count() == before) {
                valid.add(new DestinationConfig(
                        destination.name(), destination.kind(), destination.settings(), destination.credentialsRef()));
            }
        }
        return valid;
    }

    private static void name(String field, String name, Set<String> names, Violations violations) {
        if (name == null || !NAME.matcher(name).matches()) {
            violations.add(field + ".name", "must be 1-64 letters, digits, '-' or '_', got " + Violations.shown(name));
        } else if (!names.add(name)) {
            violations.add(
                    field + ".name",
                    Violations.shown(name) + " is used by another destination; names are" + " unique within a shop");
        }
    }

    private static void kind(String field, String kind, Violations violations) {
        if (kind == null || !KINDS.contains(kind)) {
            violations.add(
                    field + ".kind", "must be one of webhook, ga4, segment, amplitude, got " + Violations.shown(kind));
        }
    }

    private void settings(String field, DestinationDocument destination, Violations violations) {
        Map<String, String> settings = destination.settings() == null ? Map.of() : destination.settings();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            String key = setting.getKey();
            String at = field + ".settings." + key;
            if (!SETTING_KEY.matcher(key).matches()) {
                violations.add(
                        at,
                        "a setting name must start with a letter and hold at most 64 letters, digits,"
                                + " '_', '.' or '-'");
            } else if (looksSecret(key)) {
                violations.add(
                        at,
                        "settings are stored in plain text and shown to every viewer; store the secret in"
                                + " the secret store and name it in credentialsRef");
            } else if (setting.getValue() == null || setting.getValue().length() > MAX_SETTING_LENGTH) {
                violations.add(at, "must be a string of at most " + MAX_SETTING_LENGTH + " characters");
            }
        }
        if ("webhook".equals(destination.kind())) {
            webhookUrl(field + ".settings.url", settings.get("url"), violations);
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

    private static void credentialsRef(String field, String credentialsRef, Violations violations) {
        if (credentialsRef != null && !CREDENTIALS_REF.matcher(credentialsRef).matches()) {
            violations.add(
                    field + ".credentialsRef",
                    "must be the name or ARN of a secret: 1-512 letters, digits" + " or /_+=.@:-");
        }
    }

    private static boolean looksSecret(String key) {
        String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[_.-]", "");
        return SECRET_WORDS.stream().anyMatch(normalized::endsWith);
    }
}
