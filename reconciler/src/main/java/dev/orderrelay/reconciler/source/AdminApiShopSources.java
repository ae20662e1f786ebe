package dev.orderrelay.reconciler.source;

import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.reconciler.ReconcilerProperties;
import dev.orderrelay.shopify.admin.ShopifyAdminClients;
import dev.orderrelay.shopify.admin.ShopifyAdminSettings;
import dev.orderrelay.shopify.admin.ShopifyShop;
import java.net.URI;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Opens shops on Shopify's GraphQL Admin API: one HTTP client and one cost bucket per shop for the process's
 * lifetime, tokens resolved by each shop's {@code adminApiCredentialsRef}.
 */
@Component
class AdminApiShopSources implements ShopSources, DisposableBean {

    private final ShopifyAdminClients clients;
    private final ReconcilerProperties.Shopify settings;

    AdminApiShopSources(ReconcilerProperties properties, EnvironmentAccessTokens tokens) {
        this.settings = properties.shopify();
        ShopifyAdminSettings defaults = ShopifyAdminSettings.defaults();
        this.clients = new ShopifyAdminClients(
                new ShopifyAdminSettings(
                        settings.apiVersion(),
                        settings.connectTimeout(),
                        settings.requestTimeout(),
                        settings.maxAttempts(),
                        defaults.initialBackoff(),
                        defaults.maxBackoff(),
                        settings.maxThrottledAttempts(),
                        defaults.unknownDocumentCost(),
                        // The reconciler paces itself by the bucket: it has no deadline to keep.
                        defaults.maxPacingWait()),
                tokens);
    }

    @Override
    public ShopSource open(ShopConfig shop) {
        if (shop.adminApiCredentialsRef() == null) {
            throw new SourceUnavailableException("shop " + shop.shop() + " has no adminApiCredentialsRef: put the"
                    + " reference of its Admin API token in its configuration (PUT /api/shops/" + shop.shop()
                    + ") so the reconciler can check it");
        }
        URI base = settings.endpoint() != null ? settings.endpoint() : URI.create("https://" + shop.shop());
        ShopifyShop target = new ShopifyShop(shop.shop(), base, shop.adminApiCredentialsRef());
        return new AdminApiShopSource(clients.forShop(target), settings.apiVersion());
    }

    @Override
    public void destroy() {
        clients.close();
    }
}
