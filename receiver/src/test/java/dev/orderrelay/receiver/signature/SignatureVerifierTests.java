package dev.orderrelay.receiver.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class SignatureVerifierTests {

    private static final byte[] BODY =
            "{\"id\":820982911946154508,\"email\":\"jon@example.com\"}".getBytes(StandardCharsets.UTF_8);

    // Computed outside Java: printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
    private static final String SIGNED_WITH_CURRENT = "psTS90NaU06fK40Xi01wRn9BROVJFRJ8e/mGboeklzo=";
    private static final String SIGNED_WITH_PREVIOUS = "uR1SnFsYsfNDqxIvb+mUPZIQDq9vNFVU7OSvQcFAW9U=";

    @Test
    void acceptsTheSignatureOfTheCurrentSecret() {
        assertThat(verifier("current-secret", null).isValid(BODY, SIGNED_WITH_CURRENT))
                .isTrue();
    }

    @Test
    void acceptsThePreviousSecretDuringARotation() {
        SignatureVerifier verifier = verifier("current-secret", "previous-secret");

        assertThat(verifier.isValid(BODY, SIGNED_WITH_PREVIOUS)).isTrue();
        assertThat(verifier.isValid(BODY, SIGNED_WITH_CURRENT)).isTrue();
    }

    @Test
    void rejectsThePreviousSecretOnceTheRotationIsOver() {
        assertThat(verifier("current-secret", null).isValid(BODY, SIGNED_WITH_PREVIOUS))
                .isFalse();
    }

    @Test
    void rejectsSignatureMadeWithAnotherSecret() {
        assertThat(verifier("another-secret", null).isValid(BODY, SIGNED_WITH_CURRENT))
                .isFalse();
    }

    @Test
    void rejectsABodyChangedAfterSigning() {
        byte[] tampered = "{\"id\":820982911946154509,\"email\":\"jon@example.com\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(verifier("current-secret", null).isValid(tampered, SIGNED_WITH_CURRENT))
                .isFalse();
    }

    @Test
    void rejectsMissingBlankAndMalformedSignatures() {
        SignatureVerifier verifier = verifier("current-secret", null);

        assertThat(verifier.isValid(BODY, null)).isFalse();
        assertThat(verifier.isValid(BODY, " ")).isFalse();
        assertThat(verifier.isValid(BODY, "not base64 at all!")).isFalse();
        assertThat(verifier.isValid(BODY, SIGNED_WITH_CURRENT.substring(0, 20))).isFalse();
    }

    @Test
    void refusesToStartWithoutTheAppSecretNamingTheProperty() {
        assertThatThrownBy(() -> new ShopifyAppSecrets(new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("relay.shopify.app-secret");
    }

    @Test
    void refusesAPreviousSecretEqualToTheCurrentOne() {
        assertThatThrownBy(() -> secrets("same", "same"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("relay.shopify.previous-app-secret");
    }

    @Test
    void neverPrintsTheSecrets() {
        assertThat(secrets("current-secret", "previous-secret").toString())
                .doesNotContain("current-secret")
                .doesNotContain("previous-secret");
    }

    private static SignatureVerifier verifier(String current, String previous) {
        return new SignatureVerifier(secrets(current, previous));
    }

    private static ShopifyAppSecrets secrets(String current, String previous) {
        MockEnvironment environment = new MockEnvironment().withProperty(ShopifyAppSecrets.CURRENT_PROPERTY, current);
        if (previous != null) {
            environment.setProperty(ShopifyAppSecrets.PREVIOUS_PROPERTY, previous);
        }
        return new ShopifyAppSecrets(environment);
    }
}
