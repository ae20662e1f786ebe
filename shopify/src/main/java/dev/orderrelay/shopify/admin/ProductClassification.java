package dev.orderrelay.shopify.admin;

import tools.jackson.databind.JsonNode;

/**
 * How a product is classified: the merchant's own product type and Shopify's standard taxonomy category.
 *
 * @param productId the numeric product id, e.g. {@code 7981120143389}
 * @param productType the merchant's product type, e.g. {@code T-Shirts}; null when the product has none
 * @param categoryName the taxonomy category's own name, e.g. {@code T-Shirts}; null when the product has no category
 * @param categoryFullName the category with its ancestors, e.g.
 *     {@code Apparel & Accessories > Clothing > Clothing Tops > T-Shirts}; null when the product has no category
 */
public record ProductClassification(
        String productId, String productType, String categoryName, String categoryFullName) {

    public ProductClassification {
        productType = blankToNull(productType);
        categoryName = blankToNull(categoryName);
        categoryFullName = blankToNull(categoryFullName);
    }

    /** A product Shopify has no classification for (deleted, or neither type nor category set). */
    public static ProductClassification none(String productId) {
        return new ProductClassification(productId, null, null, null);
    }

    /** Whether it says nothing. */
    public boolean isEmpty() {
        return productType == null && categoryName == null && categoryFullName == null;
    }

    static ProductClassification from(JsonNode node) {
        JsonNode category = node.path("category");
        return new ProductClassification(
                JsonFields.requiredString(node, "legacyResourceId", "a product"),
                JsonFields.string(node, "productType"),
                JsonFields.string(category, "name"),
                JsonFields.string(category, "fullName"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
