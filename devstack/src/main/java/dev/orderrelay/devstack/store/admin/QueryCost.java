package dev.orderrelay.devstack.store.admin;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Map;

/**
 * The simulator's cost model, Shopify-like (contract section 3). Requested cost, from the document before it runs:
 * a scalar or enum costs 0; an object 1 plus its selection; a connection 2 plus {@code first} times one node (the
 * node object included), its {@code pageInfo} free; a list with a {@code first} argument {@code first} times (1 plus
 * its selection); another list of objects 1 plus its selection; a mutation field 10 plus its selection. Actual cost
 * is the same with the number of nodes returned in place of {@code first}, never more than requested.
 */
final class QueryCost {

    private static final int MUTATION = 10;

    private final GraphQLSchema schema;

    QueryCost(GraphQLSchema schema) {
        this.schema = schema;
    }

    int requested(ExecutableNormalizedOperation operation) {
        int cost = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            cost += isMutation(operation) ? MUTATION + requestedChildren(field) : requested(field);
        }
        return cost;
    }

    int actual(ExecutableNormalizedOperation operation, Map<?, ?> data) {
        if (data == null) {
            return 0;
        }
        int cost = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            Object value = data.get(field.getResultKey());
            cost += isMutation(operation)
                    ? MUTATION + (value instanceof Map<?, ?> map ? actualChildren(field, map) : 0)
                    : actual(field, value);
        }
        return Math.min(cost, requested(operation));
    }

    private int requested(ExecutableNormalizedField field) {
        GraphQLType type = field.getType(schema);
        if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(type))) {
            return 0;
        }
        if (isConnection(type)) {
            return 2 + first(field) * requestedNode(field);
        }
        if (isList(type) && field.getResolvedArguments().get("first") instanceof Integer first) {
            return first * (1 + requestedChildren(field));
        }
        return 1 + requestedChildren(field);
    }

    /** One node of a connection: the node object and its selection, through {@code nodes} or {@code edges.node}. */
    private int requestedNode(ExecutableNormalizedField connection) {
        int cost = 1;
        for (ExecutableNormalizedField child : connection.getChildren()) {
            if (child.getName().equals("nodes")) {
                cost += requestedChildren(child);
            } else if (child.getName().equals("edges")) {
                for (ExecutableNormalizedField node : nodes(child)) {
                    cost += requestedChildren(node);
                }
            }
        }
        return cost;
    }

    private int requestedChildren(ExecutableNormalizedField field) {
        int cost = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            cost += requested(child);
        }
        return cost;
    }

    private int actual(ExecutableNormalizedField field, Object value) {
        GraphQLType type = field.getType(schema);
        if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(type))) {
            return 0;
        }
        if (isConnection(type)) {
            return 2 + (value instanceof Map<?, ?> connection ? actualNodes(field, connection) : 0);
        }
        if (!(value instanceof List<?> items)) {
            return value instanceof Map<?, ?> object ? 1 + actualChildren(field, object) : 1;
        }
        if (field.getResolvedArguments().get("first") instanceof Integer) {
            int cost = 0;
            for (Object item : items) {
                cost += 1 + (item instanceof Map<?, ?> object ? actualChildren(field, object) : 0);
            }
            return cost;
        }
        int widest = 0;
        for (Object item : items) {
            widest = Math.max(widest, item instanceof Map<?, ?> object ? actualChildren(field, object) : 0);
        }
        return 1 + widest;
    }

    private int actualNodes(ExecutableNormalizedField connection, Map<?, ?> value) {
        int cost = 0;
        for (ExecutableNormalizedField child : connection.getChildren()) {
            if (!(value.get(child.getResultKey()) instanceof List<?> items)) {
                continue;
            }
            for (Object item : items) {
                if (!(item instanceof Map<?, ?> element)) {
                    continue;
                }
                if (child.getName().equals("nodes")) {
                    cost += 1 + actualChildren(child, element);
                } else if (child.getName().equals("edges")) {
                    for (ExecutableNormalizedField node : nodes(child)) {
                        Object nodeValue = element.get(node.getResultKey());
                        cost += 1 + (nodeValue instanceof Map<?, ?> map ? actualChildren(node, map) : 0);
                    }
                }
            }
        }
        return cost;
    }

    private int actualChildren(ExecutableNormalizedField field, Map<?, ?> value) {
        int cost = 0;
        for (ExecutableNormalizedField child : field.getChildren()) {
            cost += actual(child, value.get(child.getResultKey()));
        }
        return cost;
    }

    private static List<ExecutableNormalizedField> nodes(ExecutableNormalizedField edges) {
        return edges.getChildren().stream()
                .filter(child -> child.getName().equals("node"))
                .toList();
    }

    private static boolean isConnection(GraphQLType type) {
        return GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(type)).endsWith("Connection");
    }

    private static boolean isList(GraphQLType type) {
        return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type));
    }

    private static int first(ExecutableNormalizedField field) {
        return field.getResolvedArguments().get("first") instanceof Integer first ? Math.max(0, first) : 0;
    }

    private static boolean isMutation(ExecutableNormalizedOperation operation) {
        return operation.getOperation() == OperationDefinition.Operation.MUTATION;
    }
}
