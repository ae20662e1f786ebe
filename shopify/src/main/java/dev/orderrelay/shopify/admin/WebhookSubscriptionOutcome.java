package dev.orderrelay.shopify.admin;

/** What {@code webhookSubscriptionCreate} did: {@link SubscriptionCreated} or {@link SubscriptionRefused}. */
public sealed interface WebhookSubscriptionOutcome permits SubscriptionCreated, SubscriptionRefused {}
