package dev.orderrelay.devstack.store;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One request as the test server received it: raw body bytes, headers (looked up ignoring case), arrival time. */
record ReceivedWebhook(String method, String path, Map<String, String> headers, byte[] body, long receivedNanos) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    String header(ShopifyHeader header) {
        return headers.get(header.headerName());
    }

    String topic() {
        return header(ShopifyHeader.TOPIC);
    }

    String webhookId() {
        return header(ShopifyHeader.WEBHOOK_ID);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
        return MAPPER.readTree(body);
    }

    /** The order id read as a BigInteger, so a lossy double on either side would show. */
    BigInteger orderId() {
        return json().get("id").bigIntegerValue();
    }

    /**
     * Checks the signature the way a receiver should, written here independently of the store's signer: HMAC-SHA256
     * over the raw received bytes, compared in constant time.
     */
    boolean signatureValidFor(String secret) {
        String received = header(ShopifyHeader.HMAC_SHA256);
        if (received == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal(body);
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(received));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ReceivedWebhook[" + method + " " + path + ", topic=" + topic() + ", webhookId=" + webhookId()
                + ", bodyBytes=" + body.length + "]";
    }
}
