package dev.orderrelay.shopify.order;

import java.math.BigDecimal;

/**
 * Reads a REST payload's amounts in one currency. REST money comes twice: a plain field in the shop's currency
 * ({@code total_price}) and a set ({@code total_price_set}) holding {@code shop_money} and {@code presentment_money}.
 * The shop's view takes the set's {@code shop_money}, else the plain field; the presentment view takes the set's
 * {@code presentment_money} and nothing else, since a plain field is in another currency.
 */
enum RestMoney {
    SHOP("shop_money"),
    PRESENTMENT("presentment_money");

    private final String side;

    RestMoney(String side) {
        this.side = side;
    }

    /**
     * The view of an order in {@code shopCurrency} presented in {@code presentmentCurrency}: the presentment one only
     * when it was asked for and the two currencies differ (when they do not, both views hold the same amounts and the
     * shop's has the plain fields to fall back on).
     */
    static RestMoney of(ReportingCurrency wanted, String shopCurrency, String presentmentCurrency) {
        return wanted == ReportingCurrency.PRESENTMENT
                        && presentmentCurrency != null
                        && !presentmentCurrency.equals(shopCurrency)
                ? PRESENTMENT
                : SHOP;
    }

    /** An amount that must be there: {@code <set>.<side>.amount}, or for the shop's view the plain field. */
    BigDecimal required(PayloadNode node, String set, String plain) {
        PayloadNode money = node.child(set).child(side);
        if (money.has("amount") || this == PRESENTMENT) {
            return money.decimal("amount");
        }
        return node.decimal(plain);
    }

    /** The same, zero when missing. */
    BigDecimal optional(PayloadNode node, String set, String plain) {
        PayloadNode money = node.child(set).child(side);
        if (money.has("amount")) {
            return money.decimal("amount");
        }
        return this == SHOP && plain != null ? node.optionalDecimal(plain) : BigDecimal.ZERO;
    }

    /** Whether the node states this amount at all, in this view. */
    boolean has(PayloadNode node, String set, String plain) {
        return node.child(set).child(side).has("amount") || (this == SHOP && plain != null && node.has(plain));
    }

    /** The currency code of {@code <set>.<side>}, or null when the payload does not state it. */
    String currency(PayloadNode node, String set) {
        return node.child(set).child(side).optionalText("currency_code");
    }
}
