package dev.orderrelay.devstack.store.admin;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One order as the Admin API sees it at one moment: its REST document, from which every GraphQL field is derived so
 * the two views of an order cannot disagree.
 *
 * @param id the order id
 * @param createdAt its {@code created_at}
 * @param updatedAt its {@code updated_at}
 * @param rest the REST order document, with its {@code refunds}; read only
 */
public record OrderSnapshot(long id, Instant createdAt, Instant updatedAt, JsonNode rest) {}
