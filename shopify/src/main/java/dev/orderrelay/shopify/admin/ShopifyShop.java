package dev.orderrelay.shopify.admin;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One shop the client talks to: its domain (what errors and logs name), where its Admin API answers, and the
 * reference of its access token (never the token: {@link AccessTokens} resolves it).
 *
 * @param domain the shop's {@code *.myshopify.com} domain, e.g. {@code acme.myshopify.com}
 * @param baseUri where the shop's Admin API answers: {@code https://{domain}} for Shopify, {@code
 *     http://127.0.0.1:{port}} for the simulated store; no path, query or trailing slash
 * @param tokenReference the name under which the caller keeps the shop's access token
 */
public record ShopifyShop(String domain, URI baseUri, String tokenReference) {

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9-]+)+");

    /** Checks the three values, naming the shop in the message. */
    public ShopifyShop {
        Objects.requireNonNull(domain, "a shop needs its domain");
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException(
                    "shop domain must be a lower-case host name such as acme.myshopify.com, was '" + domain + "'");
        }
        Objects.requireNonNull(baseUri, "shop " + domain + " needs the base URI of its Admin API");
        if (!baseUri.isAbsolute()
                || !("https".equals(baseUri.getScheme()) || "http".equals(baseUri.getScheme()))
                || baseUri.getHost() == null
                || baseUri.getRawUserInfo() != null
                || baseUri.getRawQuery() != null
                || baseUri.getRawFragment() != null
                || !(baseUri.getRawPath() == null || baseUri.getRawPath().isEmpty())) {
            throw new IllegalArgumentException("shop " + domain
                    + ": the Admin API base URI must be http(s)://host[:port] without path, query or credentials, was '"
                    + baseUri + "'");
        }
        if (tokenReference == null || tokenReference.isBlank()) {
            throw new IllegalArgumentException("shop " + domain + " needs the reference of its access token");
        }
    }

    /** A shop on Shopify itself: its Admin API answers at {@code https://{domain}}. */
    public static ShopifyShop of(String domain, String tokenReference) {
        return new ShopifyShop(domain, URI.create("https://" + domain), tokenReference);
    }

    /** {@code {baseUri}/admin/api/{apiVersion}/graphql.json}. */
    URI graphqlEndpoint(String apiVersion) {
        return URI.create(baseUri + "/admin/api/" + apiVersion + "/graphql.json");
    }
}
