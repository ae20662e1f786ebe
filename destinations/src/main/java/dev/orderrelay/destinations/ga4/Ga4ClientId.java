package dev.orderrelay.destinations.ga4;

import dev.orderrelay.core.event.OrderEvent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code client_id} an order's events go under. GA4 requires one, and it joins the events to the visitor's
 * sessions only when it is the site's own (from the {@code _ga} cookie), so that one comes first. Without it, the id
 * is derived from what the order carries, so a retry, a replay and the order's refunds all send the same one:
 *
 * <ol>
 *   <li>the identity's {@code gaClientId}, with a {@code GA1.1.} cookie prefix taken off when the storefront passed the
 *       whole cookie value;
 *   <li>else, for a known customer, {@link #derive derived} from {@code "customer:" + shop + ":" + customerId}, so all
 *       of one customer's orders count as one client;
 *   <li>else {@link #derive derived} from {@code "order:" + shop + ":" + orderId}.
 * </ol>
 */
final class Ga4ClientId {

    /** A whole {@code _ga} cookie value: {@code GA1.<n>.<random>.<timestamp>}. */
    private static final Pattern COOKIE = Pattern.compile("GA\\d+\\.\\d+\\.(\\d+\\.\\d+)");

    private static final long TEN_DIGITS = 10_000_000_000L;

    private Ga4ClientId() {}

    static String of(OrderEvent event) {
        String site = event.identity().gaClientId();
        if (site != null && !site.isBlank()) {
            Matcher cookie = COOKIE.matcher(site.strip());
            return cookie.matches() ? cookie.group(1) : site.strip();
        }
        String customer = event.identity().customerId();
        if (customer != null && !customer.isBlank()) {
            return derive("customer:" + event.shop() + ":" + customer.strip());
        }
        return derive("order:" + event.shop() + ":" + event.orderId());
    }

    /**
     * A client id shaped like GA's own ({@code <10 digits>.<10 digits>}) from {@code material}: the first and the
     * second 8 bytes of its SHA-256 (UTF-8), each read as an unsigned big-endian number, modulo 10<sup>10</sup>,
     * zero-padded to 10 digits.
     */
    static String derive(String material) {
        ByteBuffer digest = ByteBuffer.wrap(sha256(material.getBytes(StandardCharsets.UTF_8)));
        return tenDigits(digest.getLong(0)) + "." + tenDigits(digest.getLong(8));
    }

    private static String tenDigits(long bits) {
        return String.format(Locale.ROOT, "%010d", Long.remainderUnsigned(bits, TEN_DIGITS));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
