/**
 * App lifecycle and Shopify's mandatory privacy topics, from the ingest queue: {@code app/uninstalled} stops sending
 * and reconciling for the shop and keeps its data; {@code customers/data_request} stores an export of what
 * order-relay holds about the customer, for the console; {@code customers/redact} removes or anonymises the
 * customer's personal data in the ledger, parked events and stored bodies; {@code shop/redact} erases the shop's
 * order and customer data step by step. Each is processed whatever the shop's status and audited with counts only.
 * See docs/privacy.md.
 */
package dev.orderrelay.worker.privacy;
