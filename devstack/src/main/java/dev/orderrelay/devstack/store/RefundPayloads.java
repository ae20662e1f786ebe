package dev.orderrelay.devstack.store;

import static java.time.temporal.ChronoUnit.SECONDS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds REST Refund resources (the {@code refunds/create} body and the elements of an order's {@code refunds}). A
 * line's amounts are refunded pro rata; the refund that takes a line's last units takes what is left of its amounts,
 * so all refunds of an order add up to its total exactly. Ids come from counters, not the seeded random, so refunds
 * leave the order contents of a seed unchanged.
 */
final class RefundPayloads {

    private record Take(JsonNode line, int quantity, BigDecimal subtotal, BigDecimal tax) {}

    private long lastRefundId;
    private long lastLineId;
    private long lastTransactionId;

    RefundPayloads(long seed) {
        long offset = Math.floorMod(seed, 1_000_000L) * 1_000_000L;
        this.lastRefundId = 925_000_000_000_000_000L + offset;
        this.lastLineId = 615_000_000_000_000_000L + offset;
        this.lastTransactionId = 734_000_000_000_000_000L + offset;
    }

    /** The refund of {@code options} against the order's current version; fails if there is nothing to refund. */
    synchronized ObjectNode refund(ObjectNode order, RefundOptions options, Instant now) {
        long orderId = order.get("id").asLong();
        List<Take> takes = takes(order, options, orderId);
        BigDecimal shipping = options.isFull() && !shippingRefunded(order)
                ? MoneySets.amount(order.path("total_shipping_price_set").path("shop_money"), "amount")
                : BigDecimal.ZERO.setScale(2);
        BigDecimal amount = shipping;
        for (Take take : takes) {
            amount = amount.add(take.subtotal()).add(take.tax());
        }
        if (takes.isEmpty() && shipping.signum() == 0) {
            throw new IllegalStateException("order " + orderId + " is already fully refunded");
        }
        String presentment = order.get("presentment_currency").asString();
        String at = OrderPayloads.SHOP_TIME.format(
                now.atOffset(OrderPayloads.SHOP_OFFSET).truncatedTo(SECONDS));
        long id = lastRefundId += 7_919;
        ObjectNode refund = order.objectNode();
        refund.put("id", id);
        refund.put("admin_graphql_api_id", "gid://shopify/Refund/" + id);
        refund.put("order_id", orderId);
        refund.put("created_at", at);
        refund.put("processed_at", at);
        options.noteText().ifPresentOrElse(note -> refund.put("note", note), () -> refund.putNull("note"));
        refund.put("restock", false);
        refund.putNull("user_id");
        ArrayNode lines = refund.putArray("refund_line_items");
        for (Take take : takes) {
            ObjectNode line = lines.addObject();
            line.put("id", lastLineId += 7_907);
            line.put("line_item_id", take.line().get("id").asLong());
            line.put("quantity", take.quantity());
            line.put("restock_type", "no_restock");
            line.putNull("location_id");
            line.put("subtotal", take.subtotal().toPlainString());
            MoneySets.put(line, "subtotal_set", take.subtotal(), presentment);
            line.put("total_tax", take.tax().toPlainString());
            MoneySets.put(line, "total_tax_set", take.tax(), presentment);
            line.set("line_item", take.line().deepCopy());
        }
        writeTransaction(refund.putArray("transactions").addObject(), order, amount, at);
        ArrayNode adjustments = refund.putArray("order_adjustments");
        if (shipping.signum() > 0) {
            ObjectNode adjustment = adjustments.addObject();
            adjustment.put("id", lastLineId += 7_907).put("order_id", orderId).put("refund_id", id);
            adjustment.put("kind", "shipping_refund").put("reason", "Shipping refund");
            adjustment.put("amount", shipping.negate().toPlainString());
            MoneySets.put(adjustment, "amount_set", shipping.negate(), presentment);
            adjustment.put("tax_amount", "0.00");
        }
        return refund;
    }

    private void writeTransaction(ObjectNode transaction, ObjectNode order, BigDecimal amount, String at) {
        long id = lastTransactionId += 7_901;
        transaction.put("id", id);
        transaction.put("admin_graphql_api_id", "gid://shopify/OrderTransaction/" + id);
        transaction.put("order_id", order.get("id").asLong());
        transaction.put("kind", "refund").put("status", "success").put("gateway", "bogus");
        transaction.put("amount", amount.toPlainString());
        transaction.put("currency", order.get("currency").asString());
        transaction.put("created_at", at).put("processed_at", at);
        transaction.putNull("parent_id");
        transaction.put("test", order.get("test").asBoolean());
    }

    private static List<Take> takes(ObjectNode order, RefundOptions options, long orderId) {
        List<Take> takes = new ArrayList<>();
        boolean found = false;
        for (JsonNode line : order.get("line_items")) {
            long lineId = line.get("id").asLong();
            int remaining = line.get("quantity").asInt()
                    - refunded(order, lineId, "quantity").intValue();
            if (options.isFull()) {
                if (remaining > 0) {
                    takes.add(take(order, line, remaining, remaining));
                }
            } else if (lineId == options.lineItemId()) {
                found = true;
                if (options.quantity() > remaining) {
                    throw new IllegalArgumentException("line item " + lineId + " of order " + orderId + " has "
                            + remaining + " units left to refund, not " + options.quantity());
                }
                takes.add(take(order, line, options.quantity(), remaining));
            }
        }
        if (!options.isFull() && !found) {
            throw new IllegalArgumentException("order " + orderId + " has no line item " + options.lineItemId());
        }
        return takes;
    }

    private static Take take(ObjectNode order, JsonNode line, int quantity, int remaining) {
        long lineId = line.get("id").asLong();
        int ordered = line.get("quantity").asInt();
        BigDecimal discount = BigDecimal.ZERO;
        for (JsonNode allocation : line.path("discount_allocations")) {
            discount = discount.add(MoneySets.amount(allocation, "amount"));
        }
        BigDecimal tax = BigDecimal.ZERO;
        for (JsonNode taxLine : line.path("tax_lines")) {
            tax = tax.add(MoneySets.amount(taxLine, "price"));
        }
        BigDecimal net = new BigDecimal(line.get("price").asString())
                .multiply(BigDecimal.valueOf(ordered))
                .subtract(discount);
        if (quantity == remaining) {
            return new Take(
                    line,
                    quantity,
                    net.subtract(refunded(order, lineId, "subtotal")).setScale(2, RoundingMode.HALF_EVEN),
                    tax.subtract(refunded(order, lineId, "total_tax")).setScale(2, RoundingMode.HALF_EVEN));
        }
        BigDecimal share = BigDecimal.valueOf(quantity);
        BigDecimal of = BigDecimal.valueOf(ordered);
        return new Take(
                line,
                quantity,
                net.multiply(share).divide(of, 2, RoundingMode.HALF_EVEN),
                tax.multiply(share).divide(of, 2, RoundingMode.HALF_EVEN));
    }

    /** The sum of {@code field} over the earlier refunds' lines of {@code lineId}. */
    private static BigDecimal refunded(ObjectNode order, long lineId, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode refund : order.path("refunds")) {
            for (JsonNode line : refund.path("refund_line_items")) {
                if (line.get("line_item_id").asLong() == lineId) {
                    JsonNode value = line.get(field);
                    sum = sum.add(value.isString() ? new BigDecimal(value.asString()) : value.decimalValue());
                }
            }
        }
        return sum;
    }

    private static boolean shippingRefunded(ObjectNode order) {
        for (JsonNode refund : order.path("refunds")) {
            for (JsonNode adjustment : refund.path("order_adjustments")) {
                if ("shipping_refund".equals(adjustment.path("kind").asString())) {
                    return true;
                }
            }
        }
        return false;
    }
}
