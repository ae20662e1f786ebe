package dev.orderrelay.devstack.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SimulatedShopifyStore#refund(long, RefundOptions)} refunds: everything not refunded yet (every line's
 * remaining quantity and the shipping), or some quantity of one line. Immutable; each method returns a changed copy.
 */
public final class RefundOptions {

    private final Long lineItemId;
    private final int quantity;
    private final boolean loseWebhook;
    private final String note;

    private RefundOptions(Long lineItemId, int quantity, boolean loseWebhook, String note) {
        this.lineItemId = lineItemId;
        this.quantity = quantity;
        this.loseWebhook = loseWebhook;
        this.note = note;
    }

    /** Refunds what is left of the order: every line's remaining quantity, and the shipping if not refunded yet. */
    public static RefundOptions full() {
        return new RefundOptions(null, 0, false, null);
    }

    /** Refunds {@code quantity} units of the line item {@code lineItemId}, its share of discount and tax included. */
    public static RefundOptions partial(long lineItemId, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("a partial refund needs a quantity >= 1, was " + quantity);
        }
        return new RefundOptions(lineItemId, quantity, false, null);
    }

    /** Shopify loses this refund's {@code refunds/create} webhook: it is never sent, whatever the loss rate. */
    public RefundOptions loseWebhook() {
        return new RefundOptions(lineItemId, quantity, true, note);
    }

    /** The merchant's note on the refund. */
    public RefundOptions note(String value) {
        return new RefundOptions(lineItemId, quantity, loseWebhook, Objects.requireNonNull(value, "note"));
    }

    boolean isFull() {
        return lineItemId == null;
    }

    long lineItemId() {
        return lineItemId;
    }

    int quantity() {
        return quantity;
    }

    boolean losesWebhook() {
        return loseWebhook;
    }

    Optional<String> noteText() {
        return Optional.ofNullable(note);
    }

    @Override
    public String toString() {
        return isFull()
                ? "RefundOptions[full, loseWebhook=" + loseWebhook + "]"
                : "RefundOptions[lineItemId=" + lineItemId + ", quantity=" + quantity + ", loseWebhook=" + loseWebhook
                        + "]";
    }
}
