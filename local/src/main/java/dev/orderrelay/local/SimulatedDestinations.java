package dev.orderrelay.local;

import dev.orderrelay.devstack.destinations.FakeWebhookDestination;
import dev.orderrelay.devstack.destinations.WebhookSecret;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import dev.orderrelay.ledger.shops.ShopStatus;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The fake merchant endpoint of the local run, and the demo shop configured to deliver to it. The endpoint checks
 * signatures with the secret the worker signs with ({@code relay.credentials.demo-webhook}), so a local run proves
 * the signing end to end.
 */
@Component
class SimulatedDestinations implements DisposableBean {

    static final String DEMO_DESTINATION = "demo-webhook";
    private static final Logger log = LoggerFactory.getLogger(SimulatedDestinations.class);

    private final FakeWebhookDestination webhook;

    SimulatedDestinations(LocalRunProperties properties, ShopRegistry shops, Environment environment) {
        this.webhook = FakeWebhookDestination.start(properties.destinations().webhookPort());
        String secret = environment.getRequiredProperty("relay.credentials." + DEMO_DESTINATION);
        URI url = webhook.register(DEMO_DESTINATION, WebhookSecret.of(secret));
        String shop = properties.store().shop();
        if (shops.find(shop).isEmpty()) {
            shops.save(new ShopConfig(
                    shop,
                    ShopStatus.ACTIVE,
                    Map.of("purchaseOn", "paid"),
                    List.of(new DestinationConfig(
                            DEMO_DESTINATION, "webhook", Map.of("url", url.toString()), DEMO_DESTINATION))));
        }
        log.info("simulated destination {} listening at {} for shop {}", DEMO_DESTINATION, url, shop);
    }

    FakeWebhookDestination webhook() {
        return webhook;
    }

    @Override
    public void destroy() {
        webhook.close();
    }
}
