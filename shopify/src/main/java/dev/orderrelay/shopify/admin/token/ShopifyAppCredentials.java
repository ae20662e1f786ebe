package dev.orderrelay.shopify.admin.token;

/**
 * The app's client id and client secret, which the OAuth token endpoint asks for on every refresh. Prints as {@code
 * ShopifyAppCredentials[clientId=..., clientSecret=****]}.
 */
public final class ShopifyAppCredentials {

    private final String clientId;
    private final String clientSecret;

    private ShopifyAppCredentials(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** The app's credentials from its configuration in the Partner or Dev Dashboard; neither may be blank. */
    public static ShopifyAppCredentials of(String clientId, String clientSecret) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("the app's client id must not be blank");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("the client secret of app " + clientId + " must not be blank");
        }
        return new ShopifyAppCredentials(clientId, clientSecret);
    }

    /** The app's client id (API key), not a secret. */
    public String clientId() {
        return clientId;
    }

    /** The app's client secret. */
    public String clientSecret() {
        return clientSecret;
    }

    @Override
    public String toString() {
        return "ShopifyAppCredentials[clientId=" + clientId + ", clientSecret=****]";
    }
}
