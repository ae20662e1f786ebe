package dev.orderrelay.shopify.admin.token;

import dev.orderrelay.shopify.admin.ShopifyShop;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A token store in memory that records what it was asked to save, and can be told to fail saving. */
final class InMemoryTokenStore implements OfflineTokenStore {

    private volatile OfflineToken current;
    private volatile boolean failSaving;
    private final List<OfflineToken> saved = new CopyOnWriteArrayList<>();

    InMemoryTokenStore(OfflineToken initial) {
        this.current = initial;
    }

    @Override
    public OfflineToken load(ShopifyShop shop) {
        return current;
    }

    @Override
    public void save(ShopifyShop shop, OfflineToken refreshed) {
        if (failSaving) {
            throw new IllegalStateException("the ledger is unreachable");
        }
        saved.add(refreshed);
        current = refreshed;
    }

    void replace(OfflineToken token) {
        current = token;
    }

    void failSaving() {
        failSaving = true;
    }

    List<OfflineToken> saved() {
        return List.copyOf(saved);
    }
}
