/**
 * The admin API's privacy views: the exports that answer Shopify's {@code customers/data_request}, for support to
 * pass to the merchant. The worker's {@code dev.orderrelay.worker.privacy} makes them; see docs/privacy.md.
 */
package dev.orderrelay.console.privacy;
