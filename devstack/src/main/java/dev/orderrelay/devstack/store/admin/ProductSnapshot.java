package dev.orderrelay.devstack.store.admin;

/**
 * A catalogue product as the Admin API shows it.
 *
 * @param id the product id
 * @param title its title
 * @param productType the merchant's product type; empty text when it has none (Shopify's {@code String!})
 * @param categoryId the taxonomy category's id, e.g. {@code aa-1-13-8}; null when the product has no category
 * @param categoryName the category's name, e.g. {@code T-Shirts}; null without a category
 * @param categoryFullName the category with its ancestors, {@code >}-separated; null without a category
 */
public record ProductSnapshot(
        long id, String title, String productType, String categoryId, String categoryName, String categoryFullName) {}
