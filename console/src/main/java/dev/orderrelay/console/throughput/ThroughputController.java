package dev.orderrelay.console.throughput;

import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.console.shops.ShopNotFoundException;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.throughput.ThroughputRows;
import java.time.Clock;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/shops/{shop}/throughput?from=&to=}: the shop's hourly throughput rows in the window (see
 * {@link ThroughputWindow}), read with one key query on the shop's partition after one read of its configuration.
 */
@RestController
class ThroughputController {

    private final ShopRegistry shops;
    private final ThroughputRows rows;
    private final Clock clock;

    ThroughputController(ShopRegistry shops, ThroughputRows rows, Clock clock) {
        this.shops = shops;
        this.rows = rows;
        this.clock = clock;
    }

    @GetMapping("/api/shops/{shop}/throughput")
    ThroughputView throughput(
            @PathVariable String shop,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ShopDomain.require(shop);
        ThroughputWindow window = ThroughputWindow.of(from, to, clock.instant());
        if (shops.find(shop).isEmpty()) {
            throw new ShopNotFoundException(shop);
        }
        return new ThroughputView(
                shop,
                window.from().toString(),
                window.to().toString(),
                rows.range(shop, window.from(), window.to()).stream()
                        .map(HourView::of)
                        .toList());
    }
}
