package dev.orderrelay.ledger.orders;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The amounts of one refund event of an order as the worker built it, kept so a later cancellation can send exactly
 * what was not refunded. Decimals, never floating point; stored as one string per refund
 * ({@code refundId|currency|value|total|tax|shipping}), so recording it again is a no-op in a string set.
 *
 * @param refundId the platform refund id, or {@code cancel-<orderId>} for a cancellation's own refund
 * @param currency the ISO 4217 code of the amounts
 * @param value refunded for items, net of tax
 * @param total all the money it returned
 */
public record RefundAmounts(
        String refundId, String currency, BigDecimal value, BigDecimal total, BigDecimal tax, BigDecimal shipping) {

    private static final String SEPARATOR = "|";

    public RefundAmounts {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(tax, "tax");
        Objects.requireNonNull(shipping, "shipping");
        if (refundId.contains(SEPARATOR) || currency.contains(SEPARATOR)) {
            throw new IllegalArgumentException("a refund id or currency cannot contain '|': " + refundId);
        }
    }

    /** The stored form. */
    String encode() {
        return String.join(
                SEPARATOR,
                refundId,
                currency,
                value.toPlainString(),
                total.toPlainString(),
                tax.toPlainString(),
                shipping.toPlainString());
    }

    /** Reads the stored form; null for a value this version cannot read. */
    static RefundAmounts decode(String stored) {
        String[] parts = stored.split("\\|", -1);
        if (parts.length != 6) {
            return null;
        }
        try {
            return new RefundAmounts(
                    parts[0],
                    parts[1],
                    new BigDecimal(parts[2]),
                    new BigDecimal(parts[3]),
                    new BigDecimal(parts[4]),
                    new BigDecimal(parts[5]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
