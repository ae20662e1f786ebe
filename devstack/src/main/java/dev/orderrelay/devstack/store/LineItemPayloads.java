package dev.orderrelay.devstack.store;

import java.math.BigDecimal;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an order's {@code line_items}. A large order gets many items, each with a long multilingual gift message,
 * so its body passes 300 KiB, as big real orders pass the limits that receivers put on inline payloads.
 */
final class LineItemPayloads {

    // 130 items with 2,600-character messages come to roughly 360 KiB of UTF-8: safely past 300 KiB.
    private static final int LARGE_ITEMS = 130;
    private static final int LARGE_MESSAGE_CHARS = 2_600;

    private final Random random;
    private long lastLineItemId = 13_468_871_000_000L;

    /** Shares the order builder's random, and so its seed and its lock. */
    LineItemPayloads(Random random) {
        this.random = random;
    }

    /** Adds the items and returns the sum of price times quantity. */
    BigDecimal write(ArrayNode items, OrderShape shape) {
        int count = shape == OrderShape.LARGE ? LARGE_ITEMS : 1 + random.nextInt(4);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < count; i++) {
            ShopCatalogue.Product product = ShopCatalogue.product(random);
            int quantity = 1 + random.nextInt(3);
            ObjectNode item = items.addObject();
            long id = lastLineItemId += 1 + random.nextInt(1000);
            item.put("id", id);
            item.put("admin_graphql_api_id", "gid://shopify/LineItem/" + id);
            item.put("product_id", product.productId());
            item.put("variant_id", product.variantId());
            item.put("sku", product.sku());
            item.put("title", product.title());
            item.put("variant_title", product.variantTitle());
            item.put("name", product.title() + " - " + product.variantTitle());
            item.put("vendor", "Demo Goods");
            item.put("quantity", quantity);
            item.put("price", product.price());
            item.put("total_discount", "0.00");
            item.put("taxable", true);
            item.put("requires_shipping", true);
            ArrayNode properties = item.putArray("properties");
            if (shape == OrderShape.LARGE) {
                properties
                        .addObject()
                        .put("name", "Gift message")
                        .put("value", ShopCatalogue.engraving(random, LARGE_MESSAGE_CHARS));
            }
            total = total.add(product.unitPrice().multiply(BigDecimal.valueOf(quantity)));
        }
        return total;
    }
}
