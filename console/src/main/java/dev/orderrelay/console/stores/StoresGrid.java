package dev.orderrelay.console.stores;

import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds a page of the stores grid: one Query on the shop directory for the page's shops, then one key-range Query
 * per shop for its throughput rows of the last {@value #HOURS} UTC hours (the current one included). So a page costs
 * {@value #PAGE_SIZE} + 1 queries at most, however many shops and orders there are.
 */
@Component
class StoresGrid {

    static final int HOURS = 24;
    static final int PAGE_SIZE = 50;

    private static final DateTimeFormatter COLUMN =
            DateTimeFormatter.ofPattern("HH").withZone(ZoneOffset.UTC);

    private final ShopRegistry shops;
    private final ThroughputRows rows;
    private final Clock clock;

    StoresGrid(ShopRegistry shops, ThroughputRows rows, Clock clock) {
        this.shops = shops;
        this.rows = rows;
        this.clock = clock;
    }

    StoresGridView page(String after) {
        Instant to = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Instant from = to.minus(HOURS, ChronoUnit.HOURS);
        List<Instant> hours = new ArrayList<>();
        for (Instant hour = from; hour.isBefore(to); hour = hour.plus(1, ChronoUnit.HOURS)) {
            hours.add(hour);
        }
        ShopRegistry.DirectoryPage page = shops.page(after, PAGE_SIZE);
        List<StoreRow> storeRows =
                page.shops().stream().map(shop -> row(shop, hours, from, to)).toList();
        return new StoresGridView(
                hours.stream().map(COLUMN::format).toList(),
                hours.stream().map(Instant::toString).toList(),
                storeRows,
                after,
                page.next());
    }

    private StoreRow row(ShopConfig shop, List<Instant> hours, Instant from, Instant to) {
        Map<Instant, ThroughputRow> measured = rows.range(shop.shop(), from, to).stream()
                .collect(Collectors.toMap(ThroughputRow::hour, Function.identity(), (first, second) -> second));
        List<HourCell> cells = hours.stream()
                .map(hour -> measured.containsKey(hour) ? HourCell.of(measured.get(hour)) : HourCell.missing(hour))
                .toList();
        return new StoreRow(shop.shop(), shop.status().name(), cells);
    }
}
