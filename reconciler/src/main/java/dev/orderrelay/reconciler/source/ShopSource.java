package dev.orderrelay.reconciler.source;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One shop's platform, as the reconciler needs it. Windows are [{@code from}, {@code to}) in UTC. Every method may
 * wait for the platform's rate limit and throws {@link SourceUnavailableException} when the platform cannot answer.
 */
public interface ShopSource {

    /** How many orders were created in the window, every status and test orders included. */
    long ordersCount(Instant from, Instant to);

    /** The orders created in the window, every page. */
    List<SourceOrder> ordersCreated(Instant from, Instant to);

    /** The orders updated in the window, with their refund ids and cancellation. */
    List<SourceOrder> ordersUpdated(Instant from, Instant to);

    /** One order in full, in the {@code admin-graphql} format the worker parses; empty if the shop deleted it. */
    Optional<String> order(String orderId);

    /** Which of {@code topics} (e.g. {@code orders/create}) the shop's live webhook subscriptions cover. */
    Set<String> subscribedTopics(Collection<String> topics);

    /** Subscribes the shop to {@code topic}, delivered to {@code uri}. */
    void subscribe(String topic, String uri);

    /** The API version the bodies of {@link #order} are written in. */
    String apiVersion();
}
