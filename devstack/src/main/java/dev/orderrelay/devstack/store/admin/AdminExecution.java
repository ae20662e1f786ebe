package dev.orderrelay.devstack.store.admin;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one GraphQL request as Shopify does: parse and validate; compute the requested cost; refuse it above the
 * maximum ({@code MAX_COST_EXCEEDED}) or when the bucket cannot pay ({@code THROTTLED}, nothing taken); otherwise take
 * the cost, execute, and give back what the actual cost did not use. Every answer carries {@code extensions.cost}.
 */
final class AdminExecution {

    /** An answer: its HTTP status, body, and for a throttled one the seconds to wait. */
    record Answer(int status, Map<String, Object> body, long retryAfterSeconds) {}

    private static final Logger log = LoggerFactory.getLogger(AdminExecution.class);
    private static final String RATE_LIMITS = "https://shopify.dev/api/usage/rate-limits";

    private final AdminSchema schema;
    private final QueryCost cost;
    private final CostBucket bucket;
    private final AdminApiConfig config;
    private final LongAdder requests = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder maxCostExceeded = new LongAdder();
    private final LongAdder pointsCharged = new LongAdder();

    AdminExecution(AdminSchema schema, CostBucket bucket, AdminApiConfig config) {
        this.schema = schema;
        this.cost = new QueryCost(schema.schema());
        this.bucket = bucket;
        this.config = config;
    }

    Answer execute(String query, Map<String, Object> variables, String operationName) {
        requests.increment();
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(query)
                .variables(variables)
                .operationName(operationName)
                .build();
        ParseAndValidateResult parsed = ParseAndValidate.parseAndValidate(schema.schema(), input);
        if (parsed.isFailure()) {
            return errors(
                    parsed.getErrors().stream()
                            .map(GraphQLError::toSpecification)
                            .toList(),
                    0);
        }
        ExecutableNormalizedOperation operation;
        try {
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                    schema.schema(), parsed.getDocument(), operationName, RawVariables.of(variables));
        } catch (RuntimeException e) {
            // Bad or missing variables, an unknown operation name: errors, as when execution finds them.
            Map<String, Object> error = e instanceof GraphQLError graphqlError
                    ? graphqlError.toSpecification()
                    : Map.of("message", String.valueOf(e.getMessage()));
            return errors(List.of(error), 0);
        }
        int requested = cost.requested(operation);
        if (requested > config.maxQueryCost()) {
            maxCostExceeded.increment();
            return refusal(
                    200,
                    "Query cost is " + requested + ", which exceeds the single query max cost limit ("
                            + config.maxQueryCost() + ").",
                    Map.of("code", "MAX_COST_EXCEEDED", "cost", requested, "maxCost", config.maxQueryCost()),
                    requested,
                    0);
        }
        if (!bucket.tryTake(requested)) {
            throttled.increment();
            return refusal(
                    config.throttleStatus(),
                    "Throttled",
                    Map.of("code", "THROTTLED", "documentation", RATE_LIMITS),
                    requested,
                    bucket.secondsUntil(requested));
        }
        ExecutionResult result = schema.graphql().execute(input);
        Map<?, ?> data = result.getData();
        int actual = cost.actual(operation, data);
        bucket.giveBack(requested - actual);
        pointsCharged.add(actual);
        log.debug(
                "admin query operation={} requestedCost={} actualCost={} errors={}",
                operationName,
                requested,
                actual,
                result.getErrors().size());
        Map<String, Object> body = new LinkedHashMap<>();
        if (!result.getErrors().isEmpty()) {
            body.put(
                    "errors",
                    result.getErrors().stream()
                            .map(GraphQLError::toSpecification)
                            .toList());
        }
        body.put("data", data);
        body.put("extensions", Map.of("cost", costExtension(requested, actual)));
        return new Answer(200, body, 0);
    }

    AdminApiStats stats(long unauthorized) {
        return new AdminApiStats(
                requests.sum(),
                throttled.sum(),
                maxCostExceeded.sum(),
                unauthorized,
                pointsCharged.sum(),
                bucket.lowest());
    }

    private Answer errors(List<Map<String, Object>> errors, int requested) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", errors);
        body.put("extensions", Map.of("cost", costExtension(requested, 0)));
        return new Answer(200, body, 0);
    }

    private Answer refusal(
            int status, String message, Map<String, Object> extensions, int requested, long retryAfterSeconds) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        Map<String, Object> codes = new LinkedHashMap<>(extensions);
        codes.putIfAbsent("documentation", RATE_LIMITS);
        error.put("extensions", codes);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(error));
        body.put("extensions", Map.of("cost", costExtension(requested, null)));
        return new Answer(status, body, retryAfterSeconds);
    }

    private Map<String, Object> costExtension(int requested, Integer actual) {
        CostBucket.Status status = bucket.status();
        Map<String, Object> throttleStatus = new LinkedHashMap<>();
        throttleStatus.put("maximumAvailable", status.maximumAvailable());
        throttleStatus.put("currentlyAvailable", status.currentlyAvailable());
        throttleStatus.put("restoreRate", status.restoreRate());
        Map<String, Object> costs = new LinkedHashMap<>();
        costs.put("requestedQueryCost", requested);
        costs.put("actualQueryCost", actual);
        costs.put("throttleStatus", throttleStatus);
        return costs;
    }
}
