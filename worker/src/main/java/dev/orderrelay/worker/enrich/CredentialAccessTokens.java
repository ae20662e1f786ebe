package dev.orderrelay.worker.enrich;

import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.shopify.admin.AccessTokens;
import dev.orderrelay.shopify.admin.ShopifyAccessToken;
import dev.orderrelay.shopify.admin.ShopifyShop;
import dev.orderrelay.worker.credentials.CredentialSource;

/**
 * Admin API tokens by the shop's {@code adminApiCredentialsRef}, from the worker's credential source (environment,
 * files or Secrets Manager, cached), as destination secrets are read.
 */
final class CredentialAccessTokens implements AccessTokens {

    private final CredentialSource credentials;

    CredentialAccessTokens(CredentialSource credentials) {
        this.credentials = credentials;
    }

    /**
     * @throws MissingAdminTokenException when the source holds no token by that reference
     * @throws dev.orderrelay.worker.credentials.CredentialsUnavailableException when the source could not be asked
     */
    @Override
    public ShopifyAccessToken tokenFor(ShopifyShop shop) {
        DestinationSecret secret = credentials.find(shop.tokenReference());
        if (!secret.isPresent()) {
            throw new MissingAdminTokenException(shop.domain(), shop.tokenReference(), credentials.description());
        }
        return ShopifyAccessToken.of(secret.reveal());
    }

    /** No token under the shop's reference: a configuration problem, not Shopify's, so no breaker failure. */
    static final class MissingAdminTokenException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MissingAdminTokenException(String shop, String reference, String source) {
            super("no Admin API token for shop " + shop + " under its adminApiCredentialsRef '" + reference + "' in "
                    + source + ": its events go out without product categories and first-order flag until the token"
                    + " is stored there");
        }
    }
}
