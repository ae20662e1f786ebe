package dev.orderrelay.shopify.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shop's pacing state, shared by every client of that shop: its {@link CostBucket} and the requested cost each
 * document had the last time it ran there (Shopify charges the requested cost up front, so that is what must fit).
 */
final class ShopPacing {

    private final CostBucket bucket = new CostBucket();
    private final Map<AdminDocument, Double> requestedCosts = new ConcurrentHashMap<>();
    private final int unknownDocumentCost;

    ShopPacing(int unknownDocumentCost) {
        this.unknownDocumentCost = unknownDocumentCost;
    }

    /**
     * How long to wait before sending this document now, the cost reserved in the bucket; empty, with nothing reserved,
     * when that would be longer than {@code maxWait}.
     */
    Optional<Duration> reserve(AdminDocument document, Instant now, Duration maxWait) {
        return bucket.reserve(estimatedCost(document), now, maxWait);
    }

    /** The cost this document is expected to take from the bucket. */
    double estimatedCost(AdminDocument document) {
        return requestedCosts.getOrDefault(document, (double) unknownDocumentCost);
    }

    /** Learns from an answer to this document, read at {@code at}. */
    void observe(AdminDocument document, QueryCost cost, Instant at) {
        if (cost.requested() >= 0) {
            requestedCosts.put(document, cost.requested());
        }
        bucket.observe(cost.maximumAvailable(), cost.currentlyAvailable(), cost.restoreRate(), at);
    }

    /** The bucket's estimated level at {@code now}, for logs. */
    double levelAt(Instant now) {
        return bucket.levelAt(now);
    }
}
