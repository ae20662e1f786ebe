package dev.orderrelay.ledger.privacy;

import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/**
 * Exports answering {@code customers/data_request}, one per shop and data request, kept {@link #RETENTION} (Shopify
 * gives 30 days to answer a request; an export holds personal data, so it does not outlive that). The document is
 * split into parts of at most {@value #PART_CHARS} characters, each its own item, so an export of a customer with
 * many orders never meets DynamoDB's 400 KB item limit. Every access is by key: the shop's partition, a prefix of
 * its sort key.
 */
public final class DataRequestExports {

    public static final Duration RETENTION = Duration.ofDays(30);

    /** At most 3 bytes a character in UTF-8 (a surrogate pair is 4 bytes for 2): 300 KB, under the item limit. */
    static final int PART_CHARS = 100_000;

    private static final String HEADER = "request|";
    private static final String PART = "part|";

    private final DynamoDbTable<DataRequestItem> table;
    private final Clock clock;

    public DataRequestExports(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.dataRequests(), TableSchema.fromBean(DataRequestItem.class));
        this.clock = clock;
    }

    /** An export with its document, the JSON text the worker wrote. */
    public record Stored(DataRequestExport export, String document) {}

    /** What a new export covers; the store adds the times. */
    public record Coverage(
            String dataRequestId, String customerId, String email, int orders, int parkedEvents, int storedBodies) {

        public Coverage {
            if (dataRequestId == null || dataRequestId.isBlank() || dataRequestId.contains("|")) {
                throw new IllegalArgumentException("data request id must be non-blank without '|'");
            }
        }
    }

    /**
     * Stores the export, replacing one of the same data request (a redelivered request is answered again, whole):
     * the old header and parts go first, the header comes last, so a reader finds either no export or a whole one.
     */
    public DataRequestExport save(String shop, Coverage coverage, String document) {
        remove(shop, coverage.dataRequestId());
        Instant now = clock.instant();
        long expiresAt = now.plus(RETENTION).getEpochSecond();
        List<String> parts = split(document);
        for (int i = 0; i < parts.size(); i++) {
            DataRequestItem part = new DataRequestItem();
            part.setShop(shop);
            part.setItem(partPrefix(coverage.dataRequestId()) + String.format("%05d", i));
            part.setDocument(parts.get(i));
            part.setExpiresAt(expiresAt);
            table.putItem(part);
        }
        DataRequestItem header = new DataRequestItem();
        header.setShop(shop);
        header.setItem(HEADER + coverage.dataRequestId());
        header.setDataRequestId(coverage.dataRequestId());
        header.setCustomerId(coverage.customerId());
        header.setEmail(coverage.email());
        header.setCreatedAt(now.toEpochMilli());
        header.setParts(parts.size());
        header.setOrders(coverage.orders());
        header.setParkedEvents(coverage.parkedEvents());
        header.setStoredBodies(coverage.storedBodies());
        header.setExpiresAt(expiresAt);
        table.putItem(header);
        return export(header);
    }

    /** The export of one data request, with its document; empty when there is none or it expired. */
    public Optional<Stored> find(String shop, String dataRequestId) {
        DataRequestItem header =
                table.getItem(r -> r.key(key(shop, HEADER + dataRequestId)).consistentRead(true));
        if (header == null || expired(header)) {
            return Optional.empty();
        }
        StringBuilder document = new StringBuilder();
        List<DataRequestItem> parts = items(shop, partPrefix(dataRequestId));
        for (int i = 0; i < Math.min(parts.size(), header.getParts()); i++) {
            document.append(parts.get(i).getDocument());
        }
        return Optional.of(new Stored(export(header), document.toString()));
    }

    /** The shop's exports that have not expired, newest first, without their documents. */
    public List<DataRequestExport> forShop(String shop) {
        return items(shop, HEADER).stream()
                .filter(item -> !expired(item))
                .map(DataRequestExports::export)
                .sorted(Comparator.comparing(DataRequestExport::createdAt).reversed())
                .toList();
    }

    /**
     * Deletes the exports of the customer (by platform id, or by e-mail where the request gave no id): after a
     * {@code customers/redact} no export of them may remain. Returns how many it deleted.
     */
    public int removeCustomer(String shop, String customerId, String email) {
        int removed = 0;
        for (DataRequestItem header : items(shop, HEADER)) {
            boolean byId = customerId != null && customerId.equals(header.getCustomerId());
            boolean byEmail = email != null && email.equalsIgnoreCase(header.getEmail());
            if (byId || byEmail) {
                remove(shop, header.getDataRequestId());
                removed++;
            }
        }
        return removed;
    }

    private void remove(String shop, String dataRequestId) {
        table.deleteItem(key(shop, HEADER + dataRequestId));
        for (DataRequestItem part : items(shop, partPrefix(dataRequestId))) {
            table.deleteItem(key(shop, part.getItem()));
        }
    }

    private List<DataRequestItem> items(String shop, String prefix) {
        QueryConditional range = QueryConditional.sortBeginsWith(
                Key.builder().partitionValue(shop).sortValue(prefix).build());
        return table.query(r -> r.queryConditional(range).consistentRead(true)).items().stream()
                .toList();
    }

    private boolean expired(DataRequestItem item) {
        return item.getExpiresAt() != null
                && item.getExpiresAt() <= clock.instant().getEpochSecond();
    }

    /** Parts of at most {@link #PART_CHARS} characters, never splitting a surrogate pair. */
    static List<String> split(String document) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (from < document.length() || parts.isEmpty()) {
            int to = Math.min(document.length(), from + PART_CHARS);
            if (to < document.length() && Character.isHighSurrogate(document.charAt(to - 1))) {
                to--;
            }
            parts.add(document.substring(from, to));
            from = to;
        }
        return parts;
    }

    private static String partPrefix(String dataRequestId) {
        return PART + dataRequestId + "|";
    }

    private static Key key(String shop, String item) {
        return Key.builder().partitionValue(shop).sortValue(item).build();
    }

    private static DataRequestExport export(DataRequestItem header) {
        return new DataRequestExport(
                header.getShop(),
                header.getDataRequestId(),
                header.getCustomerId(),
                header.getEmail(),
                Instant.ofEpochMilli(header.getCreatedAt()),
                Instant.ofEpochSecond(header.getExpiresAt()),
                orZero(header.getOrders()),
                orZero(header.getParkedEvents()),
                orZero(header.getStoredBodies()));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
