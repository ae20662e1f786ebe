package dev.orderrelay.devstack.store;

import dev.orderrelay.devstack.store.admin.OrderSnapshot;
import dev.orderrelay.devstack.store.admin.ProductSnapshot;
import dev.orderrelay.devstack.store.admin.ShopData;
import dev.orderrelay.devstack.store.admin.SubscriptionCreation;
import dev.orderrelay.devstack.store.admin.SubscriptionSnapshot;
import dev.orderrelay.devstack.store.admin.UserError;
import java.util.List;
import java.util.Optional;

/** The store's orders and subscriptions as the Admin API reads and changes them. */
final class StoreShopData implements ShopData {

    private static final List<String> URI_FIELD = List.of("webhookSubscription", "uri");

    private final StoreOrders orders;
    private final TopicSubscriptions subscriptions;
    private final SubscriptionAddresses addresses;
    private final String domain;

    StoreShopData(
            StoreOrders orders, TopicSubscriptions subscriptions, SubscriptionAddresses addresses, String domain) {
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.addresses = addresses;
        this.domain = domain;
    }

    @Override
    public List<OrderSnapshot> orders() {
        return orders.snapshots();
    }

    @Override
    public List<OrderSnapshot> ordersOfCustomer(long customerId) {
        return orders.snapshotsOfCustomer(customerId);
    }

    @Override
    public Optional<OrderSnapshot> order(long id) {
        return orders.snapshot(id);
    }

    @Override
    public Optional<OrderSnapshot> orderOfRefund(long refundId) {
        return orders.snapshotOfRefund(refundId);
    }

    @Override
    public List<SubscriptionSnapshot> subscriptions(List<String> topics) {
        return subscriptions.list().stream()
                .filter(subscription ->
                        topics.isEmpty() || topics.contains(subscription.topic().graphqlName()))
                .map(StoreShopData::snapshot)
                .toList();
    }

    @Override
    public SubscriptionCreation createSubscription(String topicName, String uri) {
        Optional<WebhookTopic> topic = WebhookTopic.fromGraphqlName(topicName);
        if (topic.isEmpty()) {
            return refused(List.of("topic"), "The simulated store does not send " + topicName);
        }
        SubscriptionAddresses.Checked address = addresses.check(uri);
        if (address.error().isPresent()) {
            return refused(URI_FIELD, address.error().get());
        }
        TopicSubscriptions.Creation creation =
                subscriptions.create(topic.get(), address.address().orElseThrow());
        if (creation.error().isPresent()) {
            return refused(URI_FIELD, creation.error().get());
        }
        return new SubscriptionCreation(creation.created().map(StoreShopData::snapshot), List.of());
    }

    @Override
    public Optional<ProductSnapshot> product(long productId) {
        return ShopCatalogue.snapshot(productId);
    }

    @Override
    public String domain() {
        return domain;
    }

    private static SubscriptionSnapshot snapshot(StoreSubscription subscription) {
        return new SubscriptionSnapshot(
                subscription.gid(),
                subscription.topic().graphqlName(),
                subscription.uri().toString());
    }

    private static SubscriptionCreation refused(List<String> field, String message) {
        return new SubscriptionCreation(Optional.empty(), List.of(new UserError(field, message)));
    }
}
