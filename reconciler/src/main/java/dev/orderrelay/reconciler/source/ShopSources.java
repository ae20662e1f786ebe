package dev.orderrelay.reconciler.source;

import dev.orderrelay.ledger.shops.ShopConfig;

/** Opens a shop's {@link ShopSource} from its configuration (its Admin API token by reference). */
public interface ShopSources {

    /** The shop's source; throws {@link SourceUnavailableException} naming what is missing (e.g. its token). */
    ShopSource open(ShopConfig shop);
}
