package dev.orderrelay.worker.privacy;

import dev.orderrelay.ledger.privacy.ErasureStep;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries out {@code shop/redact}: runs the erasure steps in order (the bodies bucket first, then every ledger table
 * that holds the shop's order or customer data, the configuration last) and says what each removed. The audit trail
 * is not a step: it keeps the fact of each action, without customer data.
 */
final class ShopEraser {

    /**
     * What an erasure removed, per step, and whether the shop's configuration was kept because the shop installed
     * the app again (status {@code ACTIVE}) before Shopify's {@code shop/redact} came.
     */
    record Erased(Map<String, Integer> removed, boolean configurationKept) {

        int total() {
            return removed.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final List<ErasureStep> steps;
    private final ShopRegistry shops;

    ShopEraser(ErasureStep objects, List<ErasureStep> ledgerSteps, ShopRegistry shops) {
        List<ErasureStep> all = new ArrayList<>();
        all.add(objects);
        all.addAll(ledgerSteps);
        this.steps = List.copyOf(all);
        this.shops = shops;
    }

    Erased erase(String shop) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        for (ErasureStep step : steps) {
            removed.merge(step.name(), step.erase(shop), Integer::sum);
        }
        boolean kept = shops.find(shop)
                .map(config -> config.status() == ShopStatus.ACTIVE)
                .orElse(false);
        return new Erased(removed, kept);
    }
}
