package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.DestinationSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the Standard Webhooks way: {@code v1,} and the base64 HMAC-SHA256 of
 * {@code "{webhook-id}.{webhook-timestamp}.{body}"}.
 *
 * <p>The secret is {@code whsec_} followed by the base64 key, as the receiver got it. The prefix is optional and the
 * rest is base64 either way, as in the Standard Webhooks reference libraries, so a receiver using one of them verifies
 * with the very string the merchant configured; a secret that is not base64 is refused rather than used as raw text,
 * which those receivers would not match. Several secrets separated by spaces (during a rotation) give one signature
 * each, space-separated, and a receiver accepts the request when any of them matches.
 */
final class WebhookSigner {

    private static final String PREFIX = "whsec_";
    private static final String ALGORITHM = "HmacSHA256";

    private final List<SecretKeySpec> keys;

    private WebhookSigner(List<SecretKeySpec> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * A signer for {@code secret}.
     *
     * @throws IllegalArgumentException when there is no secret or a part of it is not base64; the message never quotes
     *     the secret
     */
    static WebhookSigner from(DestinationSecret secret) {
        if (!secret.isPresent()) {
            throw new IllegalArgumentException("no signing secret is configured");
        }
        List<SecretKeySpec> keys = new ArrayList<>();
        for (String part : secret.reveal().strip().split("\\s+")) {
            keys.add(new SecretKeySpec(decode(part, keys.size() + 1), ALGORITHM));
        }
        return new WebhookSigner(keys);
    }

    /** The {@code webhook-signature} header value for this id, timestamp and body. */
    String sign(String id, long timestamp, byte[] body) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        return keys.stream().map(key -> "v1," + mac(key, prefix, body)).collect(Collectors.joining(" "));
    }

    private static byte[] decode(String part, int position) {
        String encoded = part.startsWith(PREFIX) ? part.substring(PREFIX.length()) : part;
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            // The decoder's message can quote the offending characters: say nothing about the secret itself.
            throw new IllegalArgumentException(
                    "signing secret " + position + " is not whsec_ followed by base64 (nor base64 alone)");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("signing secret " + position + " is empty after the whsec_ prefix");
        }
        return key;
    }

    private static String mac(SecretKeySpec key, byte[] prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(prefix);
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
