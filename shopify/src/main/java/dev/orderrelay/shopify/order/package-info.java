/**
 * Shopify's orders and refunds in the two shapes order-relay receives them, read into one model: the REST webhook
 * bodies ({@link dev.orderrelay.shopify.order.RestOrderParser}, {@link dev.orderrelay.shopify.order.RestRefundParser})
 * and the GraphQL Admin API order the reconciler fetches ({@link dev.orderrelay.shopify.order.AdminOrderParser}).
 * Both shapes of one order give equal {@link dev.orderrelay.shopify.order.ShopifyOrder}s; what a payload cannot do
 * without is an {@link dev.orderrelay.shopify.order.InvalidPayloadException} naming the field.
 */
package dev.orderrelay.shopify.order;
