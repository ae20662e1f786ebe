package dev.orderrelay.destinations.segment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One entry of {@code products}, named as Segment's e-commerce spec v2 names a product. Absent values are left out
 * rather than invented: a custom line has no {@code product_id}.
 *
 * @param productId the platform product id, a string
 * @param sku the variant's SKU
 * @param category the product's type
 * @param name the line's title
 * @param brand the product's vendor
 * @param variant the variant's title, e.g. {@code Black / M}
 * @param price the price of one unit after the line's discounts, so that price times quantity over the products adds
 *     up to {@code revenue}
 * @param quantity how many
 * @param position the line's place in the order, from 1; null in a refund
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"product_id", "sku", "category", "name", "brand", "variant", "price", "quantity", "position"})
record ProductProperties(
        @JsonProperty("product_id") String productId,
        String sku,
        String category,
        String name,
        String brand,
        String variant,
        BigDecimal price,
        int quantity,
        Integer position) {}
