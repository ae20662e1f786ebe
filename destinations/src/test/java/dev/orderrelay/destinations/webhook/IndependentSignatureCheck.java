package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a receiver does with our requests, written from the Standard Webhooks spec and apart from {@link WebhookSigner},
 * so a mistake in the signer cannot pass by being made on both sides.
 */
final class IndependentSignatureCheck {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    private IndependentSignatureCheck() {}

    /** Whether {@code request} carries a valid {@code v1} signature by {@code secret}, made near {@code now}. */
    static boolean verifies(String secret, RecordedRequest request, Instant now) throws Exception {
        String id = request.header("webhook-id");
        String timestamp = request.header("webhook-timestamp");
        String signatures = request.header("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(sent, now).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] signedContent = (id + "." + timestamp + "." + request.bodyText()).getBytes(StandardCharsets.UTF_8);
        byte[] expected = mac.doFinal(signedContent);
        boolean matched = false;
        for (String entry : signatures.split(" ")) {
            if (entry.startsWith("v1,")) {
                matched |= MessageDigest.isEqual(expected, Base64.getDecoder().decode(entry.substring(3)));
            }
        }
        return matched;
    }
}
