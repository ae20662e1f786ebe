package dev.orderrelay.ledger.shops;

import dev.orderrelay.ledger.LedgerSchema;
import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads and writes shop configurations, one item per shop; lists them page by page through the {@code directory}
 * index, so a request path never scans.
 */
public final class ShopRegistry {

    /** The most shops one directory page holds. */
    public static final int MAX_PAGE_SIZE = 200;

    private final DynamoDbTable<ShopItem> table;
    private final DynamoDbIndex<ShopItem> directory;
    private final Clock clock;

    public ShopRegistry(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.shops(), TableSchema.fromBean(ShopItem.class));
        this.directory = table.index(LedgerSchema.SHOPS_DIRECTORY_INDEX);
        this.clock = clock;
    }

    /**
     * One page of the shop directory, by domain.
     *
     * @param shops at most the page size asked for, in domain order
     * @param next the last domain of this page, where the next one starts; null when this is the last page
     */
    public record DirectoryPage(List<ShopConfig> shops, String next) {

        public DirectoryPage {
            shops = List.copyOf(shops);
        }
    }

    public Optional<ShopConfig> find(String shop) {
        ShopItem item =
                table.getItem(r -> r.key(Key.builder().partitionValue(shop).build()));
        return Optional.ofNullable(item).map(ShopRegistry::config);
    }

    /**
     * Every shop, by a scan of the shops table (one item per shop, so it stays small). For the reconciler's
     * schedule only: request paths read shops by key.
     */
    public List<ShopConfig> all() {
        List<ShopConfig> shops = new ArrayList<>();
        table.scan(r -> r.consistentRead(true)).items().forEach(item -> shops.add(config(item)));
        return shops;
    }

    /**
     * Up to {@code size} shops whose domains sort after {@code after} (null: from the first), by one Query on the
     * directory index. It reads one item more than it returns, so {@code next} is null exactly on the last page. The
     * index is eventually consistent: a shop saved a moment ago may show a moment later.
     */
    public DirectoryPage page(String after, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("directory page size must be 1-" + MAX_PAGE_SIZE + ", got " + size);
        }
        QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder()
                        .partitionValue(LedgerSchema.SHOPS_DIRECTORY)
                        .build()))
                .limit(size + 1);
        if (after != null) {
            request.exclusiveStartKey(Map.of(
                    "directory", AttributeValue.fromS(LedgerSchema.SHOPS_DIRECTORY),
                    "shop", AttributeValue.fromS(after)));
        }
        List<ShopConfig> shops = new ArrayList<>();
        for (Page<ShopItem> page : directory.query(request.build())) {
            page.items().forEach(item -> shops.add(config(item)));
            if (shops.size() > size) {
                break;
            }
        }
        if (shops.size() <= size) {
            return new DirectoryPage(shops, null);
        }
        List<ShopConfig> first = shops.subList(0, size);
        return new DirectoryPage(first, first.getLast().shop());
    }

    /** Creates or replaces the shop's configuration as a whole, as {@code PUT /api/shops/{shop}} does. */
    public void save(ShopConfig config) {
        ShopItem item = new ShopItem();
        item.setShop(config.shop());
        // Every shop joins the directory index on every save, so an update also enters a shop saved before it existed.
        item.setDirectory(LedgerSchema.SHOPS_DIRECTORY);
        item.setStatus(config.status().name());
        item.setPolicy(config.policy());
        item.setAdminApiCredentialsRef(config.adminApiCredentialsRef());
        item.setDestinations(
                config.destinations().stream().map(ShopRegistry::item).toList());
        item.setUpdatedAt(clock.millis());
        table.putItem(item);
    }

    private static DestinationItem item(DestinationConfig destination) {
        DestinationItem item = new DestinationItem();
        item.setName(destination.name());
        item.setKind(destination.kind());
        item.setSettings(destination.settings());
        item.setCredentialsRef(destination.credentialsRef());
        return item;
    }

    private static ShopConfig config(ShopItem item) {
        List<DestinationConfig> destinations = item.getDestinations() == null
                ? List.of()
                : item.getDestinations().stream()
                        .map(d ->
                                new DestinationConfig(d.getName(), d.getKind(), d.getSettings(), d.getCredentialsRef()))
                        .toList();
        return new ShopConfig(
                item.getShop(),
                ShopStatus.valueOf(item.getStatus()),
                item.getPolicy(),
                destinations,
                item.getAdminApiCredentialsRef());
    }
}
