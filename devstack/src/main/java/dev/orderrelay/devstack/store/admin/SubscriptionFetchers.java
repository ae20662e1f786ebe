package dev.orderrelay.devstack.store.admin;

import graphql.schema.DataFetcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code webhookSubscriptionCreate}: refusals are {@code userErrors} in the data, as Shopify answers them. */
final class SubscriptionFetchers {

    private final ShopData shop;

    SubscriptionFetchers(ShopData shop) {
        this.shop = shop;
    }

    DataFetcher<Map<String, Object>> create() {
        return env -> {
            String topic = env.getArgument("topic");
            Map<String, Object> input = env.getArgument("webhookSubscription");
            String uri = (String) input.get("uri");
            Object format = input.get("format");
            if (uri == null || uri.isBlank()) {
                return refused(new UserError(List.of("webhookSubscription", "uri"), "Address can't be blank"));
            }
            if (format != null && !"JSON".equals(format)) {
                return refused(new UserError(
                        List.of("webhookSubscription", "format"), "The simulated store delivers JSON only"));
            }
            SubscriptionCreation creation = shop.createSubscription(topic, uri);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put(
                    "webhookSubscription",
                    creation.created().map(SubscriptionFetchers::view).orElse(null));
            payload.put("userErrors", errors(creation.userErrors()));
            return payload;
        };
    }

    static Map<String, Object> view(SubscriptionSnapshot subscription) {
        return Map.of(
                "id", subscription.id(),
                "topic", subscription.topic(),
                "uri", subscription.uri(),
                "format", "JSON");
    }

    private static Map<String, Object> refused(UserError error) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("webhookSubscription", null);
        payload.put("userErrors", errors(List.of(error)));
        return payload;
    }

    private static List<Map<String, Object>> errors(List<UserError> errors) {
        return errors.stream()
                .map(error -> Map.<String, Object>of("field", error.field(), "message", error.message()))
                .toList();
    }
}
