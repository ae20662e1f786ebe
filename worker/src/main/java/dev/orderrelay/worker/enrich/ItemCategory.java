package dev.orderrelay.worker.enrich;

import dev.orderrelay.shopify.admin.ProductClassification;

/**
 * The one category an order event's item carries: the merchant's product type when set (the grouping the merchant
 * chose, and what Shopify's own reports call product type), else the standard taxonomy category's full name
 * ({@code Apparel & Accessories > Clothing > Clothing Tops > T-Shirts}); none when the product has neither.
 */
final class ItemCategory {

    private ItemCategory() {}

    static String of(ProductClassification product) {
        if (product.productType() != null) {
            return product.productType();
        }
        return product.categoryFullName();
    }
}
