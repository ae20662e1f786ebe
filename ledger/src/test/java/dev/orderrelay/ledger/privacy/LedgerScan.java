package dev.orderrelay.ledger.privacy;

import dev.orderrelay.ledger.LedgerTables;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Test-only: every item of every ledger table, found by a scan (fine in a test, never on a request path). Tables are
 * taken from {@link LedgerTables}' components, so a table added later is searched too.
 */
final class LedgerScan {

    private LedgerScan() {}

    /** Table name to the text of each of its items, for "does anything still mention X" checks. */
    static Map<String, List<String>> everything(DynamoDbClient dynamoDb, LedgerTables tables) {
        Map<String, List<String>> items = new LinkedHashMap<>();
        for (RecordComponent component : LedgerTables.class.getRecordComponents()) {
            String table;
            try {
                table = (String) component.getAccessor().invoke(tables);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            List<String> texts = new ArrayList<>();
            dynamoDb.scanPaginator(b -> b.tableName(table)).items().forEach(item -> texts.add(text(item)));
            items.put(component.getName(), texts);
        }
        return items;
    }

    /** The items of every table whose text contains {@code needle}, as {@code table: item}. */
    static List<String> mentions(DynamoDbClient dynamoDb, LedgerTables tables, String needle) {
        List<String> found = new ArrayList<>();
        everything(dynamoDb, tables)
                .forEach((table, texts) -> texts.stream()
                        .filter(text -> text.contains(needle))
                        .forEach(text -> found.add(table + ": " + text)));
        return found;
    }

    private static String text(Map<String, AttributeValue> item) {
        return item.toString();
    }
}
