package dev.orderrelay.shopify.admin;

import java.time.Instant;

/** Clients against an {@link AdminApiStub} with a settable clock, a recording sleeper and jitter fixed at one half. */
public final class TestClients implements AutoCloseable {

    public static final String ACCESS_TOKEN = "shpat_0123456789abcdef0123456789abcdef";
    public static final Instant START = Instant.parse("2026-11-24T12:00:00Z");

    public final SettableClock clock = new SettableClock(START);
    public final RecordingSleeper sleeper = new RecordingSleeper(clock);
    public final ShopifyAdminClients clients;

    public TestClients(ShopifyAdminSettings settings, AccessTokens tokens) {
        this.clients = new ShopifyAdminClients(settings, tokens, clock, sleeper, () -> 0.5);
    }

    /** Default settings and a fixed token. */
    public TestClients() {
        this(ShopifyAdminSettings.defaults(), shop -> ShopifyAccessToken.of(ACCESS_TOKEN));
    }

    public ShopifyAdminClient client(AdminApiStub stub) {
        return clients.forShop(stub.shop());
    }

    @Override
    public void close() {
        clients.close();
    }
}
