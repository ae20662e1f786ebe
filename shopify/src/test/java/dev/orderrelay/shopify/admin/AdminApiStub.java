package dev.orderrelay.shopify.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * A shop's Admin API played by WireMock on 127.0.0.1: answers picked by the operation in the request's document (and
 * its {@code after} cursor), answers in sequence, and the requests it received.
 */
public final class AdminApiStub implements AutoCloseable {

    public static final String SHOP = "acme.myshopify.com";
    public static final String TOKEN_REFERENCE = "order-relay/shops/acme-admin";
    public static final String GRAPHQL_PATH = "/admin/api/2026-10/graphql.json";

    private final WireMockServer server;
    private int scenarios;

    private AdminApiStub(WireMockServer server) {
        this.server = server;
    }

    public static AdminApiStub start() {
        WireMockServer server =
                new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return new AdminApiStub(server);
    }

    public WireMockServer server() {
        return server;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public ShopifyShop shop() {
        return new ShopifyShop(SHOP, baseUri(), TOKEN_REFERENCE);
    }

    /** Answers every request for {@code operation} (e.g. {@code OrdersCreated}) with this. */
    public void answer(String operation, ResponseDefinitionBuilder answer) {
        server.stubFor(operation(operation).atPriority(5).willReturn(answer));
    }

    /** Answers the request for {@code operation} whose {@code after} is {@code cursor} with this. */
    public void answerAfter(String operation, String cursor, ResponseDefinitionBuilder answer) {
        server.stubFor(operation(operation)
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.variables.after", equalTo(cursor)))
                .willReturn(answer));
    }

    /** Answers the request for {@code operation} whose {@code variables.id} is {@code id} with this. */
    public void answerFor(String operation, String id, ResponseDefinitionBuilder answer) {
        server.stubFor(operation(operation)
                .atPriority(3)
                .withRequestBody(matchingJsonPath("$.variables.id", equalTo(id)))
                .withRequestBody(matchingJsonPath("$.variables[?(!@.after)]"))
                .willReturn(answer));
    }

    /** Answers the requests for {@code operation} with these, one after the other; the last one repeats. */
    public void answerInTurn(String operation, ResponseDefinitionBuilder... answers) {
        String scenario = "turns-" + (++scenarios);
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "turn-" + i;
            ScenarioMappingBuilder mapping = operation(operation)
                    .atPriority(2)
                    .inScenario(scenario)
                    .whenScenarioStateIs(state)
                    .willReturn(answers[i]);
            server.stubFor(i < answers.length - 1 ? mapping.willSetStateTo("turn-" + (i + 1)) : mapping);
        }
    }

    /** The requests received for {@code operation}, oldest first. */
    public List<LoggedRequest> requests(String operation) {
        return server.findAll(postRequestedFor(urlEqualTo(GRAPHQL_PATH))
                .withRequestBody(matchingJsonPath("$.query", containing(keyword(operation) + " " + operation + "("))));
    }

    /** Every request received on the GraphQL endpoint. */
    public List<LoggedRequest> graphqlRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(GRAPHQL_PATH)));
    }

    private static MappingBuilder operation(String operation) {
        return post(urlEqualTo(GRAPHQL_PATH))
                .withRequestBody(matchingJsonPath("$.query", containing(keyword(operation) + " " + operation + "(")));
    }

    private static String keyword(String operation) {
        return operation.toLowerCase(Locale.ROOT).endsWith("create") ? "mutation" : "query";
    }

    /** A 200 with this {@code data} and a cost with this bucket. */
    public static ResponseDefinitionBuilder data(String data, int requested, double available) {
        return json(
                200, "{\"data\": " + data + ", \"extensions\": " + cost(requested, requested / 10, available) + "}");
    }

    /** A 200 with this {@code data} and a full Standard bucket. */
    public static ResponseDefinitionBuilder data(String data) {
        return data(data, 10, 2000);
    }

    /** A THROTTLED answer with this status (200 or 429). */
    public static ResponseDefinitionBuilder throttled(int status, int requested, double available) {
        return json(
                status,
                "{\"errors\": [{\"message\": \"Throttled\", \"extensions\": {\"code\": \"THROTTLED\","
                        + " \"documentation\": \"https://shopify.dev/api/usage/rate-limits\"}}],"
                        + " \"extensions\": " + cost(requested, -1, available) + "}");
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static String cost(int requested, int actual, double available) {
        return "{\"cost\": {\"requestedQueryCost\": " + requested + ", \"actualQueryCost\": "
                + (actual < 0 ? "null" : String.valueOf(actual))
                + ", \"throttleStatus\": {\"maximumAvailable\": 2000.0, \"currentlyAvailable\": " + available
                + ", \"restoreRate\": 100.0}}}";
    }

    @Override
    public void close() {
        server.stop();
    }
}
