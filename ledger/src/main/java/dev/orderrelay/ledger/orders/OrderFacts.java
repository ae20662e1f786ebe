package dev.orderrelay.ledger.orders;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the latest order payload said about the order that a refund read alone ({@code refunds/create}) does not say
 * itself, so its event is built as it would be from the order: each null when no payload has said it yet.
 *
 * @param sourceName the sales channel, e.g. {@code web} or {@code pos}
 * @param test whether the platform marked it a test order
 * @param taxesIncluded whether its line amounts include tax
 * @param units how many units its lines hold in all (a refund returning them all returns the whole order)
 */
public record OrderFacts(String sourceName, Boolean test, Boolean taxesIncluded, Integer units) {

    /** Nothing known yet. */
    public static OrderFacts unknown() {
        return new OrderFacts(null, null, null, null);
    }

    /** The {@code SET} clauses of the facts a payload states; with {@code onlyUnset}, for attributes still unset. */
    void addUpdates(Map<String, AttributeValue> values, List<String> sets, boolean onlyUnset) {
        if (sourceName() != null) {
            values.put(":sourceName", AttributeValue.fromS(sourceName()));
        }
        if (test() != null) {
            values.put(":test", AttributeValue.fromBool(test()));
        }
        if (taxesIncluded() != null) {
            values.put(":taxesIncluded", AttributeValue.fromBool(taxesIncluded()));
        }
        if (units() != null) {
            values.put(":units", AttributeValue.fromN(Integer.toString(units())));
        }
        for (String name : List.of("sourceName", "test", "taxesIncluded", "units")) {
            if (values.containsKey(":" + name)) {
                sets.add(onlyUnset ? name + " = if_not_exists(" + name + ", :" + name + ")" : name + " = :" + name);
            }
        }
    }
}
