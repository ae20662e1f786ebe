package dev.orderrelay.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.console.DynamoDbCalls.Call;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.shops.ShopRegistry;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The design's rule that pages stay fast for a store with a million orders: no request path scans a DynamoDB table.
 * Walks every GET route the application maps, API and pages, with real ids behind the path variables, and fails
 * naming each request that issued a {@code Scan}. Routes added later are walked without being listed.
 */
@ConsoleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoScanIntegrationTests {

    private static final String SCAN = "Scan";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    ShopRegistry registry;

    @Autowired
    ParkedEvents parked;

    @Autowired
    DynamoDbCalls calls;

    private RouteFixture fixture;

    @BeforeAll
    void fixture() {
        fixture = RouteFixture.create(port, registry, parked);
    }

    @AfterEach
    void noRequestContextLeft() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void noApiReadScans() {
        ConsoleApiClient admin = ConsoleApiClient.as(port, ConsoleTestStack.ADMIN, ConsoleTestStack.ADMIN_PASSWORD);
        int mark = calls.mark();

        List<String> walked = new ArrayList<>();
        for (String route : gets("/api/")) {
            for (String path : paths(route)) {
                HttpResponse<String> response = admin.get(path);
                assertThat(response.statusCode())
                        .as(path + ": " + response.body())
                        .isLessThan(500);
                walked.add(path);
            }
        }

        List<Call> recorded = calls.since(mark);
        // The recorder saw the walk's ledger reads on their request threads, so a scan there could not hide.
        assertThat(recorded).anySatisfy(call -> assertThat(call.onRequestPath()).isTrue());
        assertNoScan(walked, recorded);
    }

    @Test
    void noPageScans() {
        PageSession admin = PageSession.signedIn(port, ConsoleTestStack.ADMIN, ConsoleTestStack.ADMIN_PASSWORD);
        int mark = calls.mark();

        List<String> walked = new ArrayList<>();
        for (String route : gets("/console")) {
            for (String path : paths(route)) {
                HttpResponse<String> response = admin.get(path);
                assertThat(response.statusCode())
                        .as(path + ": " + response.body())
                        .isLessThan(500);
                walked.add(path);
            }
        }

        assertNoScan(walked, calls.since(mark));
    }

    /** The guard itself: a scan on a request thread is seen and attributed to the request. */
    @Test
    void seesAScanIssuedWhileServingARequest() {
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest("GET", "/console/every-shop")));
        int mark = calls.mark();

        registry.all();

        assertThat(calls.since(mark)).contains(new Call(SCAN, "GET /console/every-shop"));
    }

    private void assertNoScan(List<String> walked, List<Call> recorded) {
        assertThat(walked).isNotEmpty();
        assertThat(recorded.stream()
                        .filter(Call::onRequestPath)
                        .filter(call -> SCAN.equals(call.operation()))
                        .map(Call::request)
                        .distinct())
                .as("requests that scanned a DynamoDB table (DESIGN: queries by key only on request paths)")
                .isEmpty();
    }

    private Set<String> gets(String prefix) {
        Set<String> routes = MappedRoutes.under(mapping, prefix);
        routes.removeIf(route -> !"GET".equals(MappedRoutes.method(route)));
        return routes;
    }

    /**
     * The route with its variables filled in, and again filtered to the fixture's shop: lists usually need a shop
     * (a route that ignores the parameter answers the same), and with it they read that shop's data.
     */
    private List<String> paths(String route) {
        String path = fixture.expand(MappedRoutes.pattern(route));
        return List.of(path, path + "?shop=" + fixture.shop());
    }
}
