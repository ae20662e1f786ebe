package dev.orderrelay.ledger.shops;

import dev.orderrelay.ledger.LedgerTables;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/** Reads and writes shop configurations, one item per shop. */
public final class ShopRegistry {

    private final DynamoDbTable<ShopItem> table;
    private final Clock clock;

    public ShopRegistry(DynamoDbEnhancedClient client, LedgerTables tables, Clock clock) {
        this.table = client.table(tables.shops(), TableSchema.fromBean(ShopItem.class));
        this.clock = clock;
    }

    public Optional<ShopConfig> find(String shop) {
        ShopItem item =
                table.getItem(r -> r.key(Key.builder().partitionValue(shop).build()));
        return Optional.ofNullable(item).map(ShopRegistry::config);
    }

    /** Creates or replaces the shop's configuration as a whole, as {@code PUT /api/shops/{shop}} does. */
    /**
     * Every shop, by a scan of the shops table (one item per shop, so it stays small). For the reconciler's
     * schedule only: request paths read shops by key.
     */
    public List<ShopConfig> all() {
        List<ShopConfig> shops = new ArrayList<>();
        table.scan(r -> r.consistentRead(true)).items().forEach(item -> shops.add(config(item)));
        return shops;
    }

    public void save(ShopConfig config) {
        ShopItem item = new ShopItem();
        item.setShop(config.shop());
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
