package dev.orderrelay.devstack.store.admin;

import graphql.schema.DataFetcher;
import graphql.schema.TypeResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Products as GraphQL {@code Product} nodes with their {@code TaxonomyCategory}, and the root {@code nodes(ids:)}
 * field that finds them. Only products resolve: a well-formed id of another type, or of a product the catalogue does
 * not have, is null in the list, as Shopify answers for a node that does not exist.
 */
final class ProductGraph {

    private static final String TAXONOMY_GID = "gid://shopify/TaxonomyCategory/";

    private final ShopData shop;

    ProductGraph(ShopData shop) {
        this.shop = shop;
    }

    /** {@code nodes(ids: [ID!]!)}: one entry per id, in order. */
    DataFetcher<List<Map<String, Object>>> nodes() {
        return env -> {
            List<String> ids = env.getArgument("ids");
            if (ids.size() > Connections.MAX_PAGE) {
                throw new AdminQueryException("The input array size of " + ids.size()
                        + " is greater than the maximum allowed of " + Connections.MAX_PAGE);
            }
            List<Map<String, Object>> nodes = new ArrayList<>(ids.size());
            for (String id : ids) {
                OptionalLong product = Gids.number(id, "Product");
                nodes.add(
                        product.isEmpty()
                                ? null
                                : shop.product(product.getAsLong())
                                        .map(ProductGraph::product)
                                        .orElse(null));
            }
            return nodes;
        };
    }

    /** Which object type a {@code Node} is: the type its GID names. */
    static TypeResolver nodeType() {
        return env -> {
            Object id = env.getObject() instanceof Map<?, ?> map ? map.get("id") : null;
            String type = id instanceof String gid && gid.startsWith(TAXONOMY_GID) ? "TaxonomyCategory" : "Product";
            return env.getSchema().getObjectType(type);
        };
    }

    /** The GraphQL view of a catalogue product. */
    static Map<String, Object> product(ProductSnapshot product) {
        Map<String, Object> node = new HashMap<>();
        node.put("id", Gids.of("Product", product.id()));
        node.put("legacyResourceId", Long.toString(product.id()));
        node.put("title", product.title());
        node.put("productType", product.productType());
        node.put("category", category(product));
        return node;
    }

    private static Map<String, Object> category(ProductSnapshot product) {
        if (product.categoryId() == null) {
            return null;
        }
        return Map.of(
                "id", TAXONOMY_GID + product.categoryId(),
                "name", product.categoryName(),
                "fullName", product.categoryFullName());
    }
}
