package dev.orderrelay.console.shops;

import dev.orderrelay.ledger.shops.DestinationConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a shop's destinations: names unique and well formed, a known kind, settings well formed and free of
 * secrets, a credentials reference that names a secret. What each kind takes in its settings is
 * {@link KindSettingsValidator}'s business.
 */
final class DestinationValidator {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern SETTING_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_SETTING_LENGTH = 2048;
    /** A secret manager's name or ARN: letters, digits and {@code /_+=.@:-}. */
    static final Pattern CREDENTIALS_REF = Pattern.compile("[A-Za-z0-9/_+=.@:-]{1,512}");
    /** Setting names that say they hold a secret; the secret belongs in the store credentialsRef names. */
    private static final List<String> SECRET_WORDS =
            List.of("secret", "password", "token", "apikey", "writekey", "privatekey", "credentials");

    private final KindSettingsValidator kinds;

    DestinationValidator(boolean allowHttp) {
        this.kinds = new KindSettingsValidator(allowHttp);
    }

    /** The valid destinations; each problem found goes to {@code violations}. */
    List<DestinationConfig> validate(List<DestinationDocument> destinations, Violations violations) {
        if (destinations == null) {
            return List.of();
        }
        Set<String> names = new HashSet<>();
        List<DestinationConfig> valid = new ArrayList<>();
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
            credentialsRef(field, destination, violations);
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
        if (!KindSettingsValidator.isKind(kind)) {
            violations.add(
                    field + ".kind", "must be one of webhook, ga4, segment, amplitude, got " + Violations.shown(kind));
        }
    }

    private void settings(String field, DestinationDocument destination, Violations violations) {
        Map<String, String> settings = destination.settings() == null ? Map.of() : destination.settings();
        boolean knownKind = KindSettingsValidator.isKind(destination.kind());
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
            } else if (knownKind) {
                KindSettingsValidator.unknownSetting(destination.kind(), key)
                        .ifPresent(problem -> violations.add(at, problem));
            }
        }
        if (knownKind) {
            kinds.validate(field + ".settings", destination.kind(), settings, violations);
        }
    }

    private static void credentialsRef(String field, DestinationDocument destination, Violations violations) {
        String credentialsRef = destination.credentialsRef();
        if (credentialsRef == null && KindSettingsValidator.isKind(destination.kind())) {
            violations.add(
                    field + ".credentialsRef",
                    "a " + destination.kind() + " destination needs the name of the secret holding "
                            + KindSettingsValidator.credential(destination.kind()));
        } else if (credentialsRef != null
                && !CREDENTIALS_REF.matcher(credentialsRef).matches()) {
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
