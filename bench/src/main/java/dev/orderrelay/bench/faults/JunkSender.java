package dev.orderrelay.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The junk a public webhook endpoint gets besides the platform's own traffic, sent straight to the receiver: forged
 * webhooks (a signature made with another secret: must be refused with 401, even while a backing service is down)
 * and malformed bodies correctly signed (must be acknowledged with 200, then parked by the worker where support sees
 * them). Signed as Shopify signs: base64 HMAC-SHA256 of the raw body with the app secret. Like Shopify, a malformed
 * webhook that got no 2xx (receiver down, queue unreachable) is sent again, up to a bound.
 */
final class JunkSender {

    static final String APP_SECRET = "dev-shopify-secret";

    private static final Duration RETRY_FOR = Duration.ofSeconds(90);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI webhooks;
    private final String shop;
    private final JunkTally tally;

    JunkSender(URI webhooks, String shop, JunkTally tally) {
        this.webhooks = webhooks;
        this.shop = shop;
        this.tally = tally;
    }

    /** Sends one forged webhook: a valid order body signed with the wrong secret. */
    void sendForged() {
        long id = 9_100_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        byte[] body =
                ("{\"id\":" + id + ",\"name\":\"#forged\",\"total_price\":\"10.00\"}").getBytes(StandardCharsets.UTF_8);
        int status = sendUntilAnswered("junk-forged-" + UUID.randomUUID(), body, sign(body, "not-the-app-secret"));
        tally.forged(status);
    }

    /** Sends one malformed body with a valid signature, again until answered with a 2xx or the bound runs out. */
    void sendMalformed() {
        String webhookId = "junk-malformed-" + UUID.randomUUID();
        byte[] body =
                "{\"id\": 9100000000001, \"name\": \"#malformed\", \"line_items\": [".getBytes(StandardCharsets.UTF_8);
        String signature = sign(body, APP_SECRET);
        Instant giveUp = Instant.now().plus(RETRY_FOR);
        int status = 0;
        Duration pause = Duration.ofMillis(250);
        while (Instant.now().isBefore(giveUp)) {
            status = sendUntilAnswered(webhookId, body, signature);
            if (status / 100 == 2) {
                break;
            }
            pause(pause);
            pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0
                    ? Duration.ofSeconds(5)
                    : pause.multipliedBy(2);
        }
        tally.malformed(webhookId, status);
    }

    /** The status of the first attempt that got an HTTP answer (connections refused while a receiver restarts). */
    private int sendUntilAnswered(String webhookId, byte[] body, String signature) {
        HttpRequest request = HttpRequest.newBuilder(webhooks)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", "orders/create")
                .header("X-Shopify-Shop-Domain", shop)
                .header("X-Shopify-Webhook-Id", webhookId)
                .header("X-Shopify-Hmac-Sha256", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        Instant giveUp = Instant.now().plus(RETRY_FOR);
        while (Instant.now().isBefore(giveUp)) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                pause(Duration.ofMillis(500));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        return 0;
    }

    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
