package dev.orderrelay.worker;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the ledger lives.
 *
 * @param tablePrefix prefix of the ledger's DynamoDB table names
 * @param createTables create missing tables at start-up (local mode and tests; on AWS the infrastructure owns them)
 */
@Validated
@ConfigurationProperties("relay.ledger")
public record LedgerProperties(
        @DefaultValue("order-relay-") @NotBlank String tablePrefix,
        @DefaultValue("false") boolean createTables) {}
