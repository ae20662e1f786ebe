/**
 * The webhook endpoint: {@code POST /webhooks/shopify} and its checks in the order DESIGN.md fixes (size,
 * signature, required headers), the problem details it answers with, and the counters of what it accepted and
 * rejected and why.
 */
package dev.orderrelay.receiver.intake;
