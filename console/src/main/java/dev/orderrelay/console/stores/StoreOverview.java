package dev.orderrelay.console.stores;

import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.console.shops.ShopNotFoundException;
import dev.orderrelay.ledger.breakers.BreakerBoard;
import dev.orderrelay.ledger.breakers.BreakerState;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ShopOpenCounts;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers a store's page, every read by key and bounded: the shop's item; one Query of the breaker board (whether
 * each destination's sends flow); one Query for its throughput rows of the
 * window; one Query over its newest {@value #DEAD_LETTERS_READ} dead letters for the open counts; at most
 * {@value #RECENT_HOURS} Queries of the orders' {@code by-hour} index for its latest {@value #RECENT_ORDERS} orders.
 */
@Component
class StoreOverview {

    /** The chart's windows: the grid's day, or the reconciler's look-back of three days. */
    static final int SHORT_WINDOW = 24;

    static final int LONG_WINDOW = 72;

    static final int DEAD_LETTERS_READ = 1_000;
    static final int RECENT_ORDERS = 25;
    static final int RECENT_HOURS = 24;

    private final ShopRegistry shops;
    private final ThroughputRows rows;
    private final ParkedEvents parked;
    private final OrderLedger orders;
    private final BreakerBoard breakers;
    private final Clock clock;

    StoreOverview(
            ShopRegistry shops,
            ThroughputRows rows,
            ParkedEvents parked,
            OrderLedger orders,
            BreakerBoard breakers,
            Clock clock) {
        this.shops = shops;
        this.rows = rows;
        this.parked = parked;
        this.orders = orders;
        this.breakers = breakers;
        this.clock = clock;
    }

    /** The store's page over the last {@code hours} (24 or 72; anything else reads as 24). 404 for an unknown shop. */
    StoreView view(String shop, int hours) {
        ShopConfig config = shops.find(ShopDomain.require(shop)).orElseThrow(() -> new ShopNotFoundException(shop));
        int window = hours == LONG_WINDOW ? LONG_WINDOW : SHORT_WINDOW;
        Instant now = clock.instant();
        Instant to = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Instant from = to.minus(window, ChronoUnit.HOURS);
        List<ThroughputRow> measured = rows.range(shop, from, to);
        List<Instant> hourList = new ArrayList<>();
        for (Instant hour = from; hour.isBefore(to); hour = hour.plus(1, ChronoUnit.HOURS)) {
            hourList.add(hour);
        }
        Map<Instant, ThroughputRow> byHour = measured.stream()
                .collect(Collectors.toMap(ThroughputRow::hour, Function.identity(), (first, second) -> second));
        ShopOpenCounts open = parked.countOpen(shop, DEAD_LETTERS_READ);
        List<BreakerState> notClosed = breakers.fleet().notClosed();
        return new StoreView(
                config.shop(),
                config.status().name(),
                new TreeMap<>(config.policy()),
                config.adminApiCredentialsRef(),
                config.destinations().stream()
                        .map(destination -> row(config.shop(), destination, open, notClosed))
                        .toList(),
                open.withoutDestination(),
                open.complete(),
                open.read(),
                window,
                StoreChart.json(hourList, byHour, chartDestinations(config, measured)),
                measured.stream()
                        .sorted(Comparator.comparing(ThroughputRow::hour).reversed())
                        .map(StoreHour::of)
                        .toList(),
                orders.recent(shop, now, RECENT_HOURS, RECENT_ORDERS).stream()
                        .map(RecentOrder::of)
                        .toList());
    }

    private static DestinationRow row(
            String shop, DestinationConfig destination, ShopOpenCounts open, List<BreakerState> notClosed) {
        // The worker's breaker names (worker/.../isolation/DestinationGuards): one per shop destination, one per kind.
        String target = "target/" + destination.kind() + "/" + shop + "/" + destination.name();
        String endpoint = "endpoint/" + destination.kind();
        BreakerState holding = null;
        String scope = null;
        for (BreakerState breaker : notClosed) {
            if (breaker.name().equals(target)) {
                holding = breaker;
                scope = "this destination";
                break;
            }
            if (breaker.name().equals(endpoint) && holding == null) {
                holding = breaker;
                scope = "every shop's " + destination.kind();
            }
        }
        return new DestinationRow(
                destination.name(),
                destination.kind(),
                destination.credentialsRef(),
                open.forDestination(destination.name()),
                holding == null ? "CLOSED" : holding.state(),
                scope);
    }

    /** The shop's destinations, then any the window's rows still name (one removed since keeps its history). */
    private static List<String> chartDestinations(ShopConfig config, List<ThroughputRow> measured) {
        Set<String> names = new LinkedHashSet<>();
        config.destinations().forEach(destination -> names.add(destination.name()));
        measured.forEach(row -> row.destinations().stream()
                .map(DestinationThroughput::destination)
                .forEach(names::add));
        return List.copyOf(names);
    }
}
