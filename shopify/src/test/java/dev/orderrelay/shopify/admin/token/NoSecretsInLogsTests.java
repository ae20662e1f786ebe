package dev.orderrelay.shopify.admin.token;

import static dev.orderrelay.shopify.admin.AdminApiStub.data;
import static dev.orderrelay.shopify.admin.AdminApiStub.json;
import static dev.orderrelay.shopify.admin.AdminApiStub.throttled;
import static dev.orderrelay.shopify.admin.token.ShopifyTokenRefresherTests.CLIENT_SECRET;
import static dev.orderrelay.shopify.admin.token.ShopifyTokenRefresherTests.COUNT;
import static dev.orderrelay.shopify.admin.token.ShopifyTokenRefresherTests.HOUR;
import static dev.orderrelay.shopify.admin.token.ShopifyTokenRefresherTests.NOW;
import static dev.orderrelay.shopify.admin.token.ShopifyTokenRefresherTests.REFRESH_1;
import static dev.orderrelay.shopify.admin.token.ShopifyTokenRefresherTests.REFRESH_2;
import static dev.orderrelay.shopify.admin.token.ShopifyTokenRefresherTests.TOKEN_A;
import static dev.orderrelay.shopify.admin.token.ShopifyTokenRefresherTests.TOKEN_B;
import static dev.orderrelay.shopify.admin.token.ShopifyTokenRefresherTests.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.orderrelay.shopify.admin.AdminApiStub;
import dev.orderrelay.shopify.admin.SettableClock;
import dev.orderrelay.shopify.admin.ShopifyAccessToken;
import dev.orderrelay.shopify.admin.ShopifyAdminClient;
import dev.orderrelay.shopify.admin.ShopifyAdminSettings;
import dev.orderrelay.shopify.admin.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** No access token, refresh token or client secret in any log line or exception message, whatever happens. */
class NoSecretsInLogsTests {

    private static final String TOKEN_C = "shpat_cccccccccccccccccccccccccccccccc";
    private static final String REFRESH_3 = "shprt_3333333333333333333333333333";
    private static final String TOKEN_D = "shpat_dddddddddddddddddddddddddddddddd";
    private static final String REFRESH_4 = "shprt_4444444444444444444444444444";

    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.orderrelay.shopify");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final AdminApiStub shopify = AdminApiStub.start();
    private final TokenEndpointStub oauth = new TokenEndpointStub(shopify);
    private final SettableClock clock = new SettableClock(NOW);
    private final InMemoryTokenStore store = new InMemoryTokenStore(new OfflineToken(
            ShopifyAccessToken.of(TOKEN_A), NOW.plus(Duration.ofMinutes(2)), REFRESH_1, NOW.plus(Duration.ofDays(80))));
    private final ShopifyTokenRefresher refresher = new ShopifyTokenRefresher(
            ShopifyTokenRefresherTests.app(),
            store,
            ShopifyAdminSettings.defaults(),
            ShopifyTokenRefresher.DEFAULT_REFRESH_AHEAD,
            clock);
    private final TestClients clients = new TestClients(ShopifyAdminSettings.defaults(), refresher);
    private final List<String> messages = new ArrayList<>();

    @BeforeEach
    void capture() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(appender);
        logger.setLevel(null);
        clients.close();
        refresher.close();
        shopify.close();
    }

    @Test
    void neverLogsOrThrowsATokenOrTheClientSecret() {
        ShopifyAdminClient client = clients.client(shopify);
        // A refresh before expiry, a 401 and a second refresh, a throttle, a 5xx, a GraphQL error.
        oauth.refreshes(REFRESH_1, TOKEN_B, REFRESH_2);
        oauth.refreshes(REFRESH_2, TOKEN_C, REFRESH_3);
        oauth.graphqlWithToken(TOKEN_B, json(401, UNAUTHORIZED));
        shopify.answerInTurn(
                "OrdersCount",
                throttled(200, 12, 0),
                json(503, "down"),
                data(COUNT),
                json(200, "{\"errors\": [{\"message\": \"Field 'x' doesn't exist\"}]}"));
        run(() -> client.ordersCount(HOUR));
        run(() -> client.ordersCount(HOUR));
        // A refresh that cannot be persisted, then one Shopify refuses, echoing the refresh token it was sent.
        clock.advance(Duration.ofMinutes(58));
        store.failSaving();
        oauth.refreshes(REFRESH_3, TOKEN_D, REFRESH_4);
        run(() -> client.ordersCount(HOUR));
        clock.advance(Duration.ofMinutes(10));
        oauth.answers(json(400, "{\"error\": \"invalid_grant\", \"error_description\": \"bad " + REFRESH_3 + "\"}"));
        run(() -> client.ordersCount(HOUR));

        assertThat(store.saved()).hasSize(2);
        assertThat(oauth.refreshRequests()).hasSize(4);
        assertThat(shopify.graphqlRequests())
                .extracting(request -> request.getHeader("X-Shopify-Access-Token"))
                .containsExactly(TOKEN_B, TOKEN_C, TOKEN_C, TOKEN_C, TOKEN_C, TOKEN_C);
        assertThat(appender.list).hasSizeGreaterThanOrEqualTo(8);
        assertThat(messages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(Stream.concat(messages.stream(), appender.list.stream().flatMap(NoSecretsInLogsTests::lines)))
                .allSatisfy(line -> assertThat(line)
                        .doesNotContain(TOKEN_A, TOKEN_B, TOKEN_C, TOKEN_D)
                        .doesNotContain(REFRESH_1, REFRESH_2, REFRESH_3, REFRESH_4)
                        .doesNotContain(CLIENT_SECRET));
    }

    private void run(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.add(String.valueOf(t));
            }
        }
    }

    private static Stream<String> lines(ILoggingEvent event) {
        List<String> lines = new ArrayList<>(List.of(event.getFormattedMessage()));
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            lines.add(t.getClassName() + ": " + t.getMessage());
        }
        return lines.stream();
    }
}
