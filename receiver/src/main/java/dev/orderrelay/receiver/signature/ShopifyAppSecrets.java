package dev.orderrelay.receiver.signature;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The Shopify app's client secrets, read once at start-up. Shopify may keep signing with the older secret for
 * up to an hour after a rotation, so a previous secret is accepted alongside the current one until it is
 * removed from configuration. Secrets stay out of records and out of {@link #toString()}.
 */
@Component
public final class ShopifyAppSecrets {

    public static final String CURRENT_PROPERTY = "relay.shopify.app-secret";
    public static final String PREVIOUS_PROPERTY = "relay.shopify.previous-app-secret";

    private static final String ALGORITHM = "HmacSHA256";

    private final List<SecretKeySpec> keys;

    public ShopifyAppSecrets(Environment environment) {
        String current = environment.getProperty(CURRENT_PROPERTY);
        if (current == null || current.isBlank()) {
            throw new IllegalStateException(CURRENT_PROPERTY + " is not set: set it to the Shopify app's client secret"
                    + " (for example through the environment variable RELAY_SHOPIFY_APP_SECRET)");
        }
        List<SecretKeySpec> resolved = new ArrayList<>();
        resolved.add(key(current));
        String previous = environment.getProperty(PREVIOUS_PROPERTY);
        if (previous != null && !previous.isBlank()) {
            if (previous.equals(current)) {
                throw new IllegalStateException(PREVIOUS_PROPERTY + " equals " + CURRENT_PROPERTY
                        + ": during a rotation it holds the old secret; after it, remove it");
            }
            resolved.add(key(previous));
        }
        this.keys = List.copyOf(resolved);
    }

    List<SecretKeySpec> keys() {
        return keys;
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    @Override
    public String toString() {
        return "ShopifyAppSecrets[" + keys.size() + " secret(s), values hidden]";
    }
}
