package dev.orderrelay.destinations.segment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The properties of an {@code Order Completed} or {@code Order Refunded} call, named as Segment's e-commerce spec v2
 * names them. Amounts are JSON numbers written from their exact decimals; an absent one is left out.
 *
 * @param orderId the platform order id, a string
 * @param affiliation the store: the target's {@code affiliation} setting, else the shop's platform domain
 * @param subtotal items after discounts, before shipping and tax
 * @param total what the buyer paid, shipping and tax included; for a refund, all that was refunded
 * @param revenue items after discounts, without shipping and tax; for a refund, what was refunded for items
 * @param shipping shipping included in {@code total}
 * @param tax tax included in {@code total}
 * @param discount the order's discounts
 * @param coupon the discount codes, comma separated
 * @param currency the ISO 4217 code of every amount
 * @param products the lines bought, or refunded; null for a refund of the whole order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "order_id",
    "affiliation",
    "subtotal",
    "total",
    "revenue",
    "shipping",
    "tax",
    "discount",
    "coupon",
    "currency",
    "products"
})
record OrderProperties(
        @JsonProperty("order_id") String orderId,
        String affiliation,
        BigDecimal subtotal,
        BigDecimal total,
        BigDecimal revenue,
        BigDecimal shipping,
        BigDecimal tax,
        BigDecimal discount,
        String coupon,
        String currency,
        List<ProductProperties> products) {}
