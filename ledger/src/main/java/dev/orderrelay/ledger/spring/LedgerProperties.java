package dev.orderrelay.ledger.spring;

import dev.orderrelay.ledger.LedgerTables;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the ledger lives. Region, credentials and endpoint come from {@code spring.cloud.aws.*}.
 *
 * @param tablePrefix what the ledger's table names start with: {@code <prefix>shops}, {@code <prefix>orders},
 *     ... (see docs/ledger.md); letters, digits, '_', '-' and '.', e.g. {@code staging-order-relay-}
 * @param createTables whether to create missing ledger tables at start-up; on AWS the infrastructure owns the
 *     tables, so only local mode and tests turn this on
 */
@Validated
@ConfigurationProperties("relay.ledger")
public record LedgerProperties(
        @DefaultValue("order-relay-") String tablePrefix,
        @DefaultValue("false") boolean createTables) {

    public LedgerProperties {
        if (tablePrefix == null || !tablePrefix.matches("[A-Za-z0-9_.-]{0,200}")) {
            throw new IllegalArgumentException("relay.ledger.table-prefix must be at most 200 letters, digits, '_',"
                    + " '-' or '.', got '" + tablePrefix + "'");
        }
    }

    /** The table names this prefix gives. */
    public LedgerTables tables() {
        return LedgerTables.withPrefix(tablePrefix);
    }
}
