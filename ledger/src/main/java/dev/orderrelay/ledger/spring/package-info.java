/**
 * Spring wiring of the ledger: its stores on Spring Cloud AWS's DynamoDB clients, with table names from
 * {@code relay.ledger.*}, creating missing tables where local mode and tests ask for it. Every role that uses the
 * ledger imports {@link dev.orderrelay.ledger.spring.LedgerConfiguration}.
 */
package dev.orderrelay.ledger.spring;
