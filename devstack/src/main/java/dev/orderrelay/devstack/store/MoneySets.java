package dev.orderrelay.devstack.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads Shopify's REST money sets: {@code {"shop_money": {...}, "presentment_money": {...}}}. The shop
 * sells in USD; a presentment in EUR is converted at a fixed rate, each amount rounded on its own as Shopify does.
 */
final class MoneySets {

    static final String SHOP_CURRENCY = "USD";

    private static final BigDecimal EUR_PER_USD = new BigDecimal("0.92");

    private MoneySets() {}

    /** Puts {@code field} as a money set of {@code amount} (in shop currency) on {@code parent}. */
    static void put(ObjectNode parent, String field, BigDecimal amount, String presentmentCurrency) {
        ObjectNode set = parent.putObject(field);
        money(set.putObject("shop_money"), amount, SHOP_CURRENCY);
        money(set.putObject("presentment_money"), presented(amount, presentmentCurrency), presentmentCurrency);
    }

    static BigDecimal presented(BigDecimal amount, String presentmentCurrency) {
        return presentmentCurrency.equals(SHOP_CURRENCY)
                ? amount
                : amount.multiply(EUR_PER_USD).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** A decimal-string field of {@code node}, zero when absent. */
    static BigDecimal amount(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? new BigDecimal(value.asString()) : BigDecimal.ZERO.setScale(2);
    }

    private static void money(ObjectNode node, BigDecimal amount, String currency) {
        node.put("amount", amount.toPlainString()).put("currency_code", currency);
    }
}
