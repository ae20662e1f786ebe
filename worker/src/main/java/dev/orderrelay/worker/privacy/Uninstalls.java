package dev.orderrelay.worker.privacy;

import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import java.util.Optional;

/**
 * Carries out {@code app/uninstalled}: the shop's status becomes {@code UNINSTALLED}, everything else of its
 * configuration stays. From then on the process stage parks its events, the deliver stage parks its deliveries
 * unsent and the reconciler skips it; its data stays until {@code shop/redact}. Installing again is the admin's
 * {@code PUT /api/shops/{shop}} with status {@code ACTIVE}.
 */
final class Uninstalls {

    /** How an uninstall ended, as the audit entry's outcome says it. */
    enum Outcome {
        UNINSTALLED("uninstalled: sending and reconciling stopped, data kept until shop/redact"),
        ALREADY_UNINSTALLED("already uninstalled"),
        NOT_CONFIGURED("shop not configured: nothing to stop");

        private final String audit;

        Outcome(String audit) {
            this.audit = audit;
        }

        String audit() {
            return audit;
        }
    }

    private final ShopRegistry shops;

    Uninstalls(ShopRegistry shops) {
        this.shops = shops;
    }

    Outcome uninstall(String shop) {
        Optional<ShopConfig> config = shops.find(shop);
        if (config.isEmpty()) {
            return Outcome.NOT_CONFIGURED;
        }
        if (config.get().status() == ShopStatus.UNINSTALLED) {
            return Outcome.ALREADY_UNINSTALLED;
        }
        ShopConfig active = config.get();
        shops.save(new ShopConfig(
                active.shop(),
                ShopStatus.UNINSTALLED,
                active.policy(),
                active.destinations(),
                active.adminApiCredentialsRef()));
        return Outcome.UNINSTALLED;
    }
}
