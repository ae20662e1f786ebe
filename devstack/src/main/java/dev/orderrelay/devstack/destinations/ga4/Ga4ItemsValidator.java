package dev.orderrelay.devstack.destinations.ga4;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The {@code items} parameter of an e-commerce event: an array of at most 200 objects, each naming its product by
 * {@code item_id} or {@code item_name}, with item parameter values of at most 100 characters and at most 10 custom item
 * parameters. The 200 comes from GA4's tagging reference; its Measurement Protocol pages state no item limit.
 */
final class Ga4ItemsValidator {

    static final int MAX_ITEMS = 200;
    static final int MAX_CUSTOM_ITEM_PARAMS = 10;

    private static final Set<String> STANDARD_ITEM_PARAMS = Set.of(
            "item_id",
            "item_name",
            "affiliation",
            "coupon",
            "creative_name",
            "creative_slot",
            "discount",
            "index",
            "item_brand",
            "item_category",
            "item_category2",
            "item_category3",
            "item_category4",
            "item_category5",
            "item_list_id",
            "item_list_name",
            "item_variant",
            "location_id",
            "price",
            "promotion_id",
            "promotion_name",
            "quantity");
    private static final Set<String> NUMERIC_ITEM_PARAMS = Set.of("price", "quantity", "discount", "index");

    List<ValidationMessage> check(String path, JsonNode items) {
        List<ValidationMessage> messages = new ArrayList<>();
        if (!items.isArray()) {
            messages.add(new ValidationMessage(path, "items must be an array", ValidationCode.VALUE_INVALID));
            return messages;
        }
        if (items.size() > MAX_ITEMS) {
            messages.add(new ValidationMessage(
                    path,
                    "items may hold at most " + MAX_ITEMS + " entries, had " + items.size(),
                    ValidationCode.EXCEEDED_MAX_ENTITIES));
            return messages;
        }
        for (int j = 0; j < items.size(); j++) {
            checkItem(path + "[" + j + "]", items.get(j), messages);
        }
        return messages;
    }

    private static void checkItem(String path, JsonNode item, List<ValidationMessage> messages) {
        if (!item.isObject()) {
            messages.add(new ValidationMessage(path, "an item must be an object", ValidationCode.VALUE_INVALID));
            return;
        }
        if (blank(item.get("item_id")) && blank(item.get("item_name"))) {
            messages.add(new ValidationMessage(
                    path, "an item needs an item_id or an item_name", ValidationCode.VALUE_REQUIRED));
        }
        int custom = 0;
        for (Map.Entry<String, JsonNode> param : item.properties()) {
            String name = param.getKey();
            String paramPath = path + "." + name;
            if (!STANDARD_ITEM_PARAMS.contains(name)) {
                custom++;
                if (!Ga4Names.wellFormed(name, Ga4Names.MAX_NAME_LENGTH)) {
                    messages.add(new ValidationMessage(
                            paramPath, "item parameter name is invalid", ValidationCode.NAME_INVALID));
                }
            }
            JsonNode value = param.getValue();
            if (NUMERIC_ITEM_PARAMS.contains(name) && !value.isNumber()) {
                messages.add(
                        new ValidationMessage(paramPath, name + " must be a number", ValidationCode.VALUE_INVALID));
            } else if (value.isString() && value.stringValue().length() > Ga4EventValidator.MAX_VALUE_LENGTH) {
                messages.add(new ValidationMessage(
                        paramPath,
                        "item parameter values may be at most 100 characters",
                        ValidationCode.VALUE_OUT_OF_BOUNDS));
            } else if (value.isContainer()) {
                messages.add(new ValidationMessage(
                        paramPath, "item parameter values must be strings or numbers", ValidationCode.VALUE_INVALID));
            }
        }
        if (custom > MAX_CUSTOM_ITEM_PARAMS) {
            messages.add(new ValidationMessage(
                    path,
                    "an item may have at most " + MAX_CUSTOM_ITEM_PARAMS + " custom parameters, had " + custom,
                    ValidationCode.EXCEEDED_MAX_ENTITIES));
        }
    }

    static boolean blank(JsonNode value) {
        if (value == null || value.isNull()) {
            return true;
        }
        if (value.isString()) {
            return value.stringValue().isBlank();
        }
        return !value.isNumber();
    }
}
