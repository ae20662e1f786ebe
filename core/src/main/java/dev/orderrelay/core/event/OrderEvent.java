package dev.orderrelay.core.event;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event about one order, as every destination receives it before mapping it to its protocol. All amounts are
 * in {@link #currency()}, as decimals.
 *
 * @param v format version, {@link #CURRENT_VERSION}
 * @param event purchase or refund
 * @param shop the shop's platform domain
 * @param orderId the platform order id (a string: Shopify ids exceed 2<sup>53</sup>)
 * @param orderName the order's display name, e.g. {@code #1001}
 * @param refundId the platform refund id for a refund; null for a purchase
 * @param occurredAt when it happened at the source: the order processed, the refund created
 * @param orderCreatedAt when the order was created, which places it in an hour of the ledger
 * @param sourceName the sales channel, e.g. {@code web}, {@code pos}; null when unknown
 * @param test whether the platform marked it a test order
 * @param currency the ISO 4217 code of every amount here
 * @param value the revenue: items after discounts, without shipping and tax (GA4's {@code value}, Segment's
 *     {@code revenue}); for a refund, the amount refunded for items
 * @param total what the buyer paid, shipping and tax included; for a refund, all that was refunded
 * @param tax tax included in {@code total}
 * @param shipping shipping included in {@code total}
 * @param discount the order's discounts, already taken off {@code value}
 * @param coupon the discount codes used, comma separated, or null
 * @param items the lines bought, or refunded; empty for a refund of the whole order
 * @param identity the identifiers to join the order on
 * @param attribution where the buyer came from (campaign parameters, click ids, referring domain), or null when the
 *     order says nothing of it or enrichment did not run
 * @param firstOrder whether this is the customer's first order; null when unknown (a guest, or no source said)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderEvent(
        int v,
        OrderEventKind event,
        String shop,
        String orderId,
        String orderName,
        String refundId,
        Instant occurredAt,
        Instant orderCreatedAt,
        String sourceName,
        boolean test,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tax,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal shipping,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discount,
        String coupon,
        List<OrderEventItem> items,
        OrderIdentity identity,
        Attribution attribution,
        Boolean firstOrder) {

    public static final int CURRENT_VERSION = 1;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public OrderEvent {
        if (v != CURRENT_VERSION) {
            throw new IllegalArgumentException("order event version " + v + " is not supported; expected "
                    + CURRENT_VERSION + " (a newer worker wrote it: deploy senders that know it)");
        }
        Objects.requireNonNull(event, "event");
        requireText(shop, "shop");
        requireText(orderId, "orderId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        orderCreatedAt = orderCreatedAt == null ? occurredAt : orderCreatedAt;
        orderName = orderName == null || orderName.isBlank() ? orderId : orderName;
        if (event == OrderEventKind.REFUND) {
            requireText(refundId, "refundId");
        }
        if (currency == null || !CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException(
                    "order " + orderId + " of shop " + shop + " needs an ISO 4217 currency, got " + currency);
        }
        Objects.requireNonNull(value, "value");
        total = total == null ? value : total;
        tax = tax == null ? BigDecimal.ZERO : tax;
        shipping = shipping == null ? BigDecimal.ZERO : shipping;
        discount = discount == null ? BigDecimal.ZERO : discount;
        items = items == null ? List.of() : List.copyOf(items);
        identity = identity == null ? OrderIdentity.none() : identity;
        // "No attribution" has one form, so an event serializes without an empty object.
        attribution = attribution == null || attribution.isEmpty() ? null : attribution;
    }

    /** An event without attribution and first-order flag, as the worker derives it before enrichment. */
    public OrderEvent(
            int v,
            OrderEventKind event,
            String shop,
            String orderId,
            String orderName,
            String refundId,
            Instant occurredAt,
            Instant orderCreatedAt,
            String sourceName,
            boolean test,
            String currency,
            BigDecimal value,
            BigDecimal total,
            BigDecimal tax,
            BigDecimal shipping,
            BigDecimal discount,
            String coupon,
            List<OrderEventItem> items,
            OrderIdentity identity) {
        this(
                v,
                event,
                shop,
                orderId,
                orderName,
                refundId,
                occurredAt,
                orderCreatedAt,
                sourceName,
                test,
                currency,
                value,
                total,
                tax,
                shipping,
                discount,
                coupon,
                items,
                identity,
                null,
                null);
    }

    /** This event with other identifiers, attribution, first-order flag and items (enrichment's result). */
    public OrderEvent enriched(
            OrderIdentity identity, Attribution attribution, Boolean firstOrder, List<OrderEventItem> items) {
        return new OrderEvent(
                v,
                event,
                shop,
                orderId,
                orderName,
                refundId,
                occurredAt,
                orderCreatedAt,
                sourceName,
                test,
                currency,
                value,
                total,
                tax,
                shipping,
                discount,
                coupon,
                items,
                identity,
                attribution,
                firstOrder);
    }

    /** The id of what this event is about: the refund for a refund, else the order. */
    public String subjectId() {
        return event == OrderEventKind.REFUND ? refundId : orderId;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an order event needs a " + name);
        }
    }
}
