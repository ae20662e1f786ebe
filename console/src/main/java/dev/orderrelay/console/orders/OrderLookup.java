package dev.orderrelay.console.orders;

import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.console.shops.ShopNotFoundException;
import dev.orderrelay.ledger.orders.OrderLedger;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.shops.ShopRegistry;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds a shop's orders by what support has at hand: the order id, or its display name as the merchant sees it
 * ({@code #1001}, or {@code 1001} without the sign). At most three reads by key: the order by id, then the
 * {@code by-name} index with the name as typed, then with {@code #} in front.
 */
@Component
class OrderLookup {

    /** Longer than any order id or name: not looked up (an index key is at most 1 KB). */
    static final int MAX_QUERY = 128;

    private final ShopRegistry shops;
    private final OrderLedger orders;

    OrderLookup(ShopRegistry shops, OrderLedger orders) {
        this.shops = shops;
        this.orders = orders;
    }

    /** The orders {@code query} names in {@code shop}: none, one, or (rarely, names repeated) a few. */
    List<OrderRecord> find(String shop, String query) {
        ShopDomain.require(shop);
        if (shops.find(shop).isEmpty()) {
            throw new ShopNotFoundException(shop);
        }
        String wanted = query.strip();
        if (wanted.isEmpty() || wanted.length() > MAX_QUERY) {
            return List.of();
        }
        if (OrderReads.ORDER_ID.matcher(wanted).matches()) {
            var byId = orders.find(shop, wanted);
            if (byId.isPresent()) {
                return List.of(byId.get());
            }
        }
        List<OrderRecord> named = orders.named(shop, wanted);
        if (named.isEmpty() && !wanted.startsWith("#")) {
            named = orders.named(shop, "#" + wanted);
        }
        return named;
    }
}
