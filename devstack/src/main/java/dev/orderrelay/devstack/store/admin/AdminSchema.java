package dev.orderrelay.devstack.store.admin;

import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The Admin API's schema (the SDL {@code admin-schema.graphqls} beside this class) wired to one shop's data, and the
 * {@link GraphQL} engine that executes documents against it.
 */
final class AdminSchema {

    private static final String SDL = "admin-schema.graphqls";

    private final GraphQLSchema schema;
    private final GraphQL graphql;

    AdminSchema(ShopData shop) {
        OrderGraph graph = new OrderGraph(shop);
        ProductGraph products = new ProductGraph(shop);
        QueryFetchers queries = new QueryFetchers(shop, graph);
        SubscriptionFetchers subscriptions = new SubscriptionFetchers(shop);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(ShopifyScalars.DATE_TIME)
                .scalar(ShopifyScalars.DECIMAL)
                .scalar(ShopifyScalars.UNSIGNED_INT64)
                .scalar(ShopifyScalars.URL)
                .type(
                        "QueryRoot",
                        type -> type.dataFetcher("orders", queries.orders())
                                .dataFetcher("ordersCount", queries.ordersCount())
                                .dataFetcher("order", queries.order())
                                .dataFetcher("refund", queries.refund())
                                .dataFetcher("webhookSubscriptions", queries.webhookSubscriptions())
                                .dataFetcher("nodes", products.nodes()))
                .type("Node", type -> type.typeResolver(ProductGraph.nodeType()))
                .type("Mutation", type -> type.dataFetcher("webhookSubscriptionCreate", subscriptions.create()))
                .type(
                        "Order",
                        type -> type.dataFetcher("lineItems", OrderFields.lineItems())
                                .dataFetcher("refunds", OrderFields.firstOf(OrderGraph.REFUNDS)))
                .type("Refund", type -> type.dataFetcher("refundLineItems", OrderFields.refundLineItems()))
                .type("LineItem", type -> type.dataFetcher("taxLines", OrderFields.firstOf("taxLines")))
                .build();
        this.schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl()), wiring);
        this.graphql = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new RefusalHandler())
                .build();
    }

    GraphQLSchema schema() {
        return schema;
    }

    GraphQL graphql() {
        return graphql;
    }

    private static String sdl() {
        try (InputStream in = AdminSchema.class.getResourceAsStream(SDL)) {
            if (in == null) {
                throw new IllegalStateException("the Admin API schema " + SDL + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers a refusal with its own message at its field; anything else as graphql-java does. */
    private static final class RefusalHandler implements DataFetcherExceptionHandler {

        private final DataFetcherExceptionHandler fallback = new SimpleDataFetcherExceptionHandler();

        @Override
        public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
                graphql.execution.DataFetcherExceptionHandlerParameters parameters) {
            if (parameters.getException() instanceof AdminQueryException refusal) {
                return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(
                                GraphqlErrorBuilder.newError(parameters.getDataFetchingEnvironment())
                                        .message(refusal.getMessage())
                                        .build())
                        .build());
            }
            return fallback.handleException(parameters);
        }
    }
}
