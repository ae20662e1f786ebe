package dev.orderrelay.ledger.throughput;

import dev.orderrelay.ledger.LedgerTables;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;

/** Hourly throughput rows: one per shop and UTC hour, replaced by each measurement; read by key or key range. */
public final class ThroughputRows {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

    private final DynamoDbTable<ThroughputItem> table;

    public ThroughputRows(DynamoDbEnhancedClient client, LedgerTables tables) {
        this.table = client.table(tables.throughput(), TableSchema.fromBean(ThroughputItem.class));
    }

    public void save(ThroughputRow row) {
        table.putItem(item(row));
    }

    public Optional<ThroughputRow> find(String shop, Instant hour) {
        ThroughputItem item = table.getItem(r -> r.key(key(shop, hourKey(hour))).consistentRead(true));
        return Optional.ofNullable(item).map(ThroughputRows::row);
    }

    /** The shop's rows for the hours that start in [{@code from}, {@code to}), oldest first, by one key query. */
    public List<ThroughputRow> range(String shop, Instant from, Instant to) {
        Instant last = to.minusNanos(1).truncatedTo(ChronoUnit.HOURS);
        List<ThroughputRow> rows = new ArrayList<>();
        if (!last.isBefore(from.truncatedTo(ChronoUnit.HOURS)) && to.isAfter(from)) {
            table.query(r -> r.queryConditional(
                                    QueryConditional.sortBetween(key(shop, hourKey(from)), key(shop, hourKey(last))))
                            .consistentRead(true))
                    .items()
                    .forEach(item -> rows.add(row(item)));
        }
        return rows;
    }

    static String hourKey(Instant instant) {
        return HOUR.format(instant.truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC));
    }

    private static Key key(String shop, String hour) {
        return Key.builder().partitionValue(shop).sortValue(hour).build();
    }

    private static ThroughputItem item(ThroughputRow row) {
        ThroughputItem item = new ThroughputItem();
        item.setShop(row.shop());
        item.setHour(hourKey(row.hour()));
        item.setSource(row.source());
        item.setExcluded(row.excluded());
        item.setPending(row.pending());
        item.setEligible(row.eligible());
        item.setReceived(row.received());
        item.setProcessed(row.processed());
        item.setRepaired(row.repaired());
        item.setDestinations(row.destinations().stream()
                .map(destination -> {
                    ThroughputItem.DestinationItem d = new ThroughputItem.DestinationItem();
                    d.setDestination(destination.destination());
                    d.setDelivered(destination.delivered());
                    d.setDeliveredBeforeRepair(destination.deliveredBeforeRepair());
                    d.setParked(destination.parked());
                    d.setPending(destination.pending());
                    return d;
                })
                .toList());
        item.setProven(row.proven());
        item.setCheckedAt(row.checkedAt().toEpochMilli());
        item.setRunId(row.runId());
        return item;
    }

    private static ThroughputRow row(ThroughputItem item) {
        List<DestinationThroughput> destinations = item.getDestinations() == null
                ? List.of()
                : item.getDestinations().stream()
                        .map(d -> new DestinationThroughput(
                                d.getDestination(),
                                d.getDelivered(),
                                d.getDeliveredBeforeRepair(),
                                d.getParked(),
                                d.getPending()))
                        .toList();
        return new ThroughputRow(
                item.getShop(),
                LocalDateTime.parse(item.getHour() + ":00").toInstant(ZoneOffset.UTC),
                item.getSource(),
                item.getExcluded(),
                item.getPending(),
                item.getEligible(),
                item.getReceived(),
                item.getProcessed(),
                item.getRepaired(),
                destinations,
                item.isProven(),
                Instant.ofEpochMilli(item.getCheckedAt()),
                item.getRunId());
    }
}
