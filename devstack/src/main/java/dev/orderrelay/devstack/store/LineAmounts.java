package dev.orderrelay.devstack.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spreads an order's discount and tax over its line items, as Shopify's REST payload does with
 * {@code discount_allocations} and per-line {@code tax_lines}: shares proportional to each line's amount, the last line
 * taking the rounding remainder, so the lines add up to the order's totals exactly. Draws nothing random, so a seed
 * keeps giving the same orders.
 */
final class LineAmounts {

    private LineAmounts() {}

    static void allocate(ArrayNode items, BigDecimal discount, BigDecimal tax, BigDecimal taxRate, String presentment) {
        BigDecimal lineTotal = BigDecimal.ZERO;
        for (JsonNode item : items) {
            lineTotal = lineTotal.add(amount(item));
        }
        BigDecimal discountLeft = discount;
        BigDecimal taxLeft = tax;
        for (int i = 0; i < items.size(); i++) {
            ObjectNode item = (ObjectNode) items.get(i);
            BigDecimal amount = amount(item);
            boolean last = i == items.size() - 1;
            BigDecimal lineDiscount = last || lineTotal.signum() == 0
                    ? discountLeft
                    : discount.multiply(amount).divide(lineTotal, 2, RoundingMode.HALF_EVEN);
            BigDecimal lineTax = last
                    ? taxLeft
                    : amount.subtract(lineDiscount).multiply(taxRate).setScale(2, RoundingMode.HALF_EVEN);
            discountLeft = discountLeft.subtract(lineDiscount);
            taxLeft = taxLeft.subtract(lineTax);
            write(item, lineDiscount, lineTax, taxRate, presentment);
        }
    }

    private static void write(
            ObjectNode item, BigDecimal discount, BigDecimal tax, BigDecimal taxRate, String presentment) {
        MoneySets.put(item, "price_set", new BigDecimal(item.get("price").asString()), presentment);
        MoneySets.put(item, "total_discount_set", MoneySets.amount(item, "total_discount"), presentment);
        ArrayNode allocations = item.putArray("discount_allocations");
        if (discount.signum() > 0) {
            ObjectNode allocation = allocations.addObject();
            allocation.put("amount", discount.toPlainString());
            MoneySets.put(allocation, "amount_set", discount, presentment);
            allocation.put("discount_application_index", 0);
        }
        ObjectNode taxLine = item.putArray("tax_lines").addObject();
        taxLine.put("title", "NY State Tax").put("rate", taxRate).put("price", tax.toPlainString());
        MoneySets.put(taxLine, "price_set", tax, presentment);
    }

    private static BigDecimal amount(JsonNode item) {
        return new BigDecimal(item.get("price").asString())
                .multiply(BigDecimal.valueOf(item.get("quantity").asInt()));
    }
}
