package dev.orderrelay.worker.privacy;

import dev.orderrelay.ledger.LedgerTables;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Test-only: the text of every item of every ledger table, by a scan (fine in a test, never on a request path).
 * Tables come from {@link LedgerTables}' components, so a table added later is searched too.
 */
final class LedgerTexts {

    private LedgerTexts() {}

    /** Items of any table whose text contains {@code needle} (case-insensitively), as {@code table: item}. */
    static List<String> mentioning(DynamoDbClient dynamoDb, LedgerTables tables, String needle) {
        List<String> found = new ArrayList<>();
        String wanted = needle.toLowerCase(java.util.Locale.ROOT);
        for (RecordComponent component : LedgerTables.class.getRecordComponents()) {
            String table;
            try {
                table = (String) component.getAccessor().invoke(tables);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            dynamoDb.scanPaginator(b -> b.tableName(table)).items().forEach(item -> {
                String text = item.toString();
                if (text.toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                    found.add(component.getName() + ": " + text);
                }
            });
        }
        return found;
    }
}
