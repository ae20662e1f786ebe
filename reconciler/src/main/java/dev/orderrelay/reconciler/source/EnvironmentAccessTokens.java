package dev.orderrelay.reconciler.source;

import dev.orderrelay.shopify.admin.AccessTokens;
import dev.orderrelay.shopify.admin.ShopifyAccessToken;
import dev.orderrelay.shopify.admin.ShopifyShop;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Admin API tokens by reference from the Spring environment, {@code relay.credentials.<ref>}, as destination
 * secrets are read by default: an environment variable locally, a secret store's config import on AWS (see
 * docs/credentials.md). Read at every request, so a rotated token is used at once.
 */
@Component
class EnvironmentAccessTokens implements AccessTokens {

    static final String PREFIX = "relay.credentials.";

    private final Environment environment;

    EnvironmentAccessTokens(Environment environment) {
        this.environment = environment;
    }

    @Override
    public ShopifyAccessToken tokenFor(ShopifyShop shop) {
        String token = environment.getProperty(PREFIX + shop.tokenReference());
        if (token == null || token.isBlank()) {
            throw new SourceUnavailableException("no Admin API token for shop " + shop.domain() + ": set " + PREFIX
                    + shop.tokenReference() + " (its adminApiCredentialsRef) in the secret store");
        }
        return ShopifyAccessToken.of(token);
    }
}
