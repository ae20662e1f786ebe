/**
 * Attribution read from an order body, defensively: the campaign parameters and click ids of its landing page
 * ({@link dev.orderrelay.shopify.attribution.LandingSiteParser}), the referring site's domain
 * ({@link dev.orderrelay.shopify.attribution.ReferringSiteParser}), the analytics ids the storefront passed as cart
 * attributes ({@link dev.orderrelay.shopify.attribution.NoteAttributesParser}) and whether it is the customer's first
 * order ({@link dev.orderrelay.shopify.attribution.FirstOrder}); {@link dev.orderrelay.shopify.attribution.AttributionReader}
 * reads them all from a REST webhook or admin-graphql body. These values come from buyers' browsers: nothing here
 * throws on them, and a malformed, over-long or missing value simply yields no value (docs/enrichment.md).
 */
package dev.orderrelay.shopify.attribution;
