package dev.orderrelay.shopify.order;

import java.util.Locale;
import java.util.Optional;

/**
 * Which of an order's two currencies its events are reported in: the shop's own currency (Shopify's
 * {@code shop_money}, the default) or the currency the buyer saw and paid in (its {@code presentment_money}). Every
 * amount of an order's purchase, refunds and cancellation is read in the one chosen; an order whose presentment
 * currency is the shop's reads the same either way.
 */
public enum ReportingCurrency {
    SHOP("shop"),
    PRESENTMENT("presentment");

    private final String policyValue;

    ReportingCurrency(String policyValue) {
        this.policyValue = policyValue;
    }

    /** The value of the shop policy key {@code currency}: {@code shop} or {@code presentment}. */
    public String policyValue() {
        return policyValue;
    }

    /** The currency a policy value names, in any letter case; empty for anything else. */
    public static Optional<ReportingCurrency> fromPolicyValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String lower = value.trim().toLowerCase(Locale.ROOT);
        for (ReportingCurrency currency : values()) {
            if (currency.policyValue.equals(lower)) {
                return Optional.of(currency);
            }
        }
        return Optional.empty();
    }
}
