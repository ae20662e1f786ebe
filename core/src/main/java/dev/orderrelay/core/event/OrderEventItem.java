package dev.orderrelay.core.event;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of an order, or of a refund.
 *
 * @param lineId the platform's line item id
 * @param productId null for a custom line without a product
 * @param variantId null for a custom line without a variant
 * @param sku null when the variant has none
 * @param name the line's title as the buyer saw it
 * @param variant the variant's title (e.g. {@code Blue / M}), or null
 * @param brand the product's vendor, or null
 * @param category the product's type, or null
 * @param quantity how many; at least 1
 * @param price the unit price before discounts, in the event's currency
 * @param discount the discount allocated to this whole line (not per unit), in the event's currency; zero for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderEventItem(
        String lineId,
        String productId,
        String variantId,
        String sku,
        String name,
        String variant,
        String brand,
        String category,
        int quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discount) {

    public OrderEventItem {
        if (name == null || name.isBlank()) {
            name = productId != null ? "product " + productId : "line " + lineId;
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("line " + lineId + " needs a quantity of at least 1, got " + quantity);
        }
        Objects.requireNonNull(price, "price");
        discount = discount == null ? BigDecimal.ZERO : discount;
    }

    /** This line with its product's category (enrichment fills it from the product's type or taxonomy). */
    public OrderEventItem withCategory(String value) {
        return new OrderEventItem(
                lineId, productId, variantId, sku, name, variant, brand, value, quantity, price, discount);
    }

    /** This line's discount per unit, spread evenly over its units (rounded half-even to the price's scale). */
    public BigDecimal unitDiscount() {
        return discount.divide(BigDecimal.valueOf(quantity), Math.max(price.scale(), 2), RoundingMode.HALF_EVEN);
    }

    /** The price of one unit after this line's discount. */
    public BigDecimal unitPriceAfterDiscount() {
        return price.subtract(unitDiscount());
    }
}
