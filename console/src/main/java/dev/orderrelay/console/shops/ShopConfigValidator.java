package dev.orderrelay.console.shops;

import dev.orderrelay.console.ConsoleProperties;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopStatus;
import dev.orderrelay.shopify.order.PurchasePolicy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Decides whether a {@code PUT} body may become the shop's configuration, checking all of it before anything is
 * written, and reports every problem with the JSON path of its field.
 */
@Component
class ShopConfigValidator {

    private static final Pattern POLICY_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final int MAX_POLICY_VALUE_LENGTH = 256;

    private final DestinationValidator destinations;

    ShopConfigValidator(ConsoleProperties properties) {
        this.destinations = new DestinationValidator(properties.allowHttpDestinations());
    }

    /** The configuration to save for {@code pathShop}, or 400 {@code invalid-shop-config} naming each bad field. */
    ShopConfig validate(String pathShop, ShopDocument document) {
        Violations violations = new Violations();
        if (!ShopDomain.isValid(pathShop)) {
            violations.add(
                    "shop",
                    Violations.shown(pathShop) + " in the path is not a lower-case *.myshopify.com" + " domain");
        } else if (document.shop() != null && !document.shop().equals(pathShop)) {
            violations.add(
                    "shop",
                    "the body names " + Violations.shown(document.shop()) + " but the path "
                            + Violations.shown(pathShop) + "; they must be the same shop");
        }
        ShopStatus status = status(document.status(), violations);
        policy(document.policy(), violations);
        List<DestinationConfig> valid = destinations.validate(document.destinations(), violations);
        adminApiCredentialsRef(document.adminApiCredentialsRef(), violations);
        violations.throwIfAny();
        return new ShopConfig(pathShop, status, document.policy(), valid, document.adminApiCredentialsRef());
    }

    private static ShopStatus status(String status, Violations violations) {
        if (status == null) {
            violations.add("status", "is required: ACTIVE or UNINSTALLED");
            return null;
        }
        try {
            return ShopStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            violations.add("status", "must be ACTIVE or UNINSTALLED, got " + Violations.shown(status));
            return null;
        }
    }

    private static void adminApiCredentialsRef(String ref, Violations violations) {
        if (ref != null && !DestinationValidator.CREDENTIALS_REF.matcher(ref).matches()) {
            violations.add(
                    "adminApiCredentialsRef",
                    "must be a reference (1-512 letters, digits or /_+=.@:-) to the token in the secret store, got "
                            + Violations.shown(ref));
        }
    }

    private static void policy(Map<String, String> policy, Violations violations) {
        if (policy == null) {
            return;
        }
        Map<String, String> wellFormed = new HashMap<>();
        for (Map.Entry<String, String> entry : policy.entrySet()) {
            String field = "policy." + entry.getKey();
            if (!POLICY_KEY.matcher(entry.getKey()).matches()) {
                violations.add(
                        field,
                        "a policy name must start with a letter and hold at most 64 letters,"
                                + " digits, '_', '.' or '-'");
            } else if (entry.getValue() == null || entry.getValue().length() > MAX_POLICY_VALUE_LENGTH) {
                violations.add(field, "must be a string of at most " + MAX_POLICY_VALUE_LENGTH + " characters");
            } else {
                wellFormed.put(entry.getKey(), entry.getValue());
            }
        }
        // The keys the worker and the reconciler read, judged by the rules they read them with.
        PurchasePolicy.problems(wellFormed).forEach(violations::add);
    }
}
