package dev.orderrelay.destinations.webhook;

import dev.orderrelay.destinations.DestinationTarget;
import dev.orderrelay.destinations.OutboundEvent;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * One webhook request, ready to send: the target URL checked for shape, the body, and the Standard Webhooks headers.
 * The {@code webhook-id} is the event's idempotency key, so every retry and replay of an event carries the same id and
 * the receiver can drop the repeats.
 *
 * @param uri where to post
 * @param headers {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}
 * @param body the JSON body, exactly the bytes that were signed
 */
record SignedWebhook(URI uri, Map<String, String> headers, byte[] body) {

    /** The setting holding the receiver's URL. */
    static final String URL_SETTING = "url";

    /**
     * The request for {@code event} to {@code target}, signed at {@code now}.
     *
     * @throws IllegalArgumentException when the target has no usable URL or secret; the message quotes neither the
     *     secret nor the URL's path and query, which may carry a token
     */
    static SignedWebhook of(OutboundEvent event, DestinationTarget target, Instant now) {
        URI uri = targetUri(target.setting(URL_SETTING)
                .orElseThrow(() -> new IllegalArgumentException("no '" + URL_SETTING + "' setting")));
        WebhookSigner signer = WebhookSigner.from(target.secret());
        byte[] body = WebhookMessage.of(event).toJson();
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = Map.of(
                "webhook-id", event.idempotencyKey(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", signer.sign(event.idempotencyKey(), timestamp, body));
        return new SignedWebhook(uri, headers, body);
    }

    /** The host the request goes to, for reasons and logs. */
    String host() {
        return uri.getHost();
    }

    private static URI targetUri(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the url is not a valid URI (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("the url must be http or https, not '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("the url has no valid host name");
        }
        if (uri.getRawUserInfo() != null) {
            // Credentials belong in the destination's secret, not in a URL that shows up in config listings.
            throw new IllegalArgumentException("the url for " + uri.getHost() + " must not carry user info");
        }
        return uri;
    }
}
