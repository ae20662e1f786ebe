/** Each run checks that the shop still has a webhook subscription per required topic and re-creates lost ones. */
package dev.orderrelay.reconciler.subscriptions;
