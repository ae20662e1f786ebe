package dev.orderrelay.shopify.order;

/**
 * A Shopify payload that cannot become an order or a refund. The message names the field at fault (e.g.
 * {@code field 'refund_line_items[0].line_item_id' is missing or not an integer id}), so whoever parks the payload
 * can give it as the reason.
 */
public class InvalidPayloadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidPayloadException(String message) {
        super(message);
    }
}
