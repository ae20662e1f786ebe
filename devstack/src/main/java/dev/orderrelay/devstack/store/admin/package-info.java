/**
 * The simulated store's Admin GraphQL API: {@code POST /admin/api/{version}/graphql.json} on 127.0.0.1 for one shop,
 * executing documents with graphql-java against the SDL {@code admin-schema.graphqls}, the subset of Shopify's Admin
 * schema that order-relay's documents use (orders, their line items and refunds, order counts, webhook
 * subscriptions). It checks {@code X-Shopify-Access-Token}, charges Shopify-like query costs from a leaky bucket that
 * never goes below zero, answers {@code THROTTLED} (status 200 or 429) and {@code MAX_COST_EXCEEDED} as Shopify does,
 * and puts {@code extensions.cost} on every answer. Every GraphQL view of an order is derived from the order's REST
 * document, so the API and the webhooks can never tell two stories. The package reads the shop only through
 * {@link dev.orderrelay.devstack.store.admin.ShopData} and shares no code with the production modules.
 */
package dev.orderrelay.devstack.store.admin;
