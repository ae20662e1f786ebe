/** What the reconciler reads from a shop's platform: orders per window, one order in full, webhook subscriptions. */
package dev.orderrelay.reconciler.source;
