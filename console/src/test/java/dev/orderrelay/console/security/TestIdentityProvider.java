package dev.orderrelay.console.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An OIDC provider played by WireMock on 127.0.0.1, one per test JVM: discovery document, JWKS and token endpoint,
 * signing with an RSA key of its own. Tests mint ID tokens and access tokens with whatever claims they need, and a
 * second key signs tokens the console must refuse.
 */
public final class TestIdentityProvider {

    public static final String CLIENT_ID = "order-relay-console";
    public static final String CLIENT_SECRET = "client-secret-3b91e0";
    /** The audience bearer tokens for /api carry, as configured on the resource server. */
    public static final String API_AUDIENCE = "order-relay-api";

    private static TestIdentityProvider shared;

    private final WireMockServer server;
    private final RSAKey key = generateKey("provider-key");
    private final RSAKey foreignKey = generateKey("provider-key");

    private TestIdentityProvider() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(get("/idp/.well-known/openid-configuration").willReturn(json(discovery())));
        server.stubFor(get("/idp/jwks").willReturn(json(new JWKSet(key.toPublicJWK()).toString())));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }

    /** The provider of this JVM, started on first use. */
    public static synchronized TestIdentityProvider shared() {
        if (shared == null) {
            shared = new TestIdentityProvider();
        }
        return shared;
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.port() + "/idp";
    }

    /** Spring properties for an OIDC client registration {@code corp} and a JWT resource server on /api. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        String registration = "spring.security.oauth2.client.registration.corp.";
        properties.put(registration + "client-id", CLIENT_ID);
        properties.put(registration + "client-secret", CLIENT_SECRET);
        properties.put(registration + "scope", "openid,profile");
        properties.put(registration + "redirect-uri", "{baseUrl}/console/oauth2/code/{registrationId}");
        properties.put("spring.security.oauth2.client.provider.corp.issuer-uri", issuer());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer());
        properties.put("spring.security.oauth2.resourceserver.jwt.audiences", API_AUDIENCE);
        return properties;
    }

    /** An access token for /api, valid for five minutes, with these roles (null: no roles claim at all). */
    public String accessToken(String user, Object roles) {
        return sign(
                key,
                claims(user, API_AUDIENCE, roles, Instant.now().plus(Duration.ofMinutes(5)))
                        .build());
    }

    /** An access token that expired an hour ago (well past any clock skew allowed). */
    public String expiredAccessToken(String user, Object roles) {
        return sign(
                key,
                claims(user, API_AUDIENCE, roles, Instant.now().minus(Duration.ofHours(1)))
                        .build());
    }

    /** An access token signed by a key the provider never published, as a forger would make one. */
    public String foreignAccessToken(String user, Object roles) {
        return sign(
                foreignKey,
                claims(user, API_AUDIENCE, roles, Instant.now().plus(Duration.ofMinutes(5)))
                        .build());
    }

    /** An access token issued for another application. */
    public String accessTokenForAnotherAudience(String user, Object roles) {
        return sign(
                key,
                claims(user, "another-api", roles, Instant.now().plus(Duration.ofMinutes(5)))
                        .build());
    }

    /**
     * Answers the token request that redeems {@code code} with an ID token for {@code user} carrying {@code roles}
     * and the {@code nonce} the console sent with the authorization request.
     */
    public void willRedeem(String code, String user, Object roles, String nonce) {
        JWTClaimsSet idToken = claims(user, CLIENT_ID, roles, Instant.now().plus(Duration.ofMinutes(5)))
                .claim("nonce", nonce)
                .build();
        String body = "{\"access_token\":\"" + accessToken(user, roles) + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300,\"scope\":\"openid profile\",\"id_token\":\"" + sign(key, idToken) + "\"}";
        server.stubFor(
                post("/idp/token").withRequestBody(containing("code=" + code)).willReturn(json(body)));
    }

    private JWTClaimsSet.Builder claims(String user, String audience, Object roles, Instant expiry) {
        Instant issued = expiry.minus(Duration.ofMinutes(5));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("sub-" + user)
                .audience(List.of(audience))
                .issueTime(Date.from(issued.isAfter(Instant.now()) ? Instant.now() : issued))
                .expirationTime(Date.from(expiry))
                .claim("preferred_username", user);
        if (roles != null) {
            claims.claim("roles", roles);
        }
        return claims;
    }

    private String discovery() {
        String issuer = issuer();
        return """
                {"issuer": "%1$s",
                 "authorization_endpoint": "%1$s/authorize",
                 "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks",
                 "response_types_supported": ["code"],
                 "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"],
                 "scopes_supported": ["openid", "profile"],
                 "token_endpoint_auth_methods_supported": ["client_secret_basic"],
                 "grant_types_supported": ["authorization_code"]}""".formatted(issuer);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
    }

    private static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a test key", e);
        }
    }
}
