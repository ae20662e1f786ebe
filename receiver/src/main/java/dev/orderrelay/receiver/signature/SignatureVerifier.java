package dev.orderrelay.receiver.signature;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Checks {@code X-Shopify-Hmac-Sha256}: the base64 HMAC-SHA256 of the raw body bytes under the app secret.
 * Every configured secret is tried and compared in constant time, so the answer takes as long for a near miss as
 * for a wild guess and reveals nothing about which secret, if any, came close.
 */
@Component
public class SignatureVerifier {

    private final ShopifyAppSecrets secrets;

    public SignatureVerifier(ShopifyAppSecrets secrets) {
        this.secrets = secrets;
    }

    /** Whether {@code signatureHeader} is a valid signature of {@code body} under any accepted secret. */
    public boolean isValid(byte[] body, String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(signatureHeader.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        boolean matched = false;
        for (SecretKeySpec key : secrets.keys()) {
            // No early exit: every secret is checked, whichever matches.
            matched |= MessageDigest.isEqual(hmac(key, body), presented);
        }
        return matched;
    }

    private static byte[] hmac(SecretKeySpec key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(key.getAlgorithm());
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
