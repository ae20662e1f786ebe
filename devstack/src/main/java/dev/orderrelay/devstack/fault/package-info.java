/**
 * Faults on the wire: a TCP proxy put between a role and an embedded server that can pass traffic, refuse
 * connections, swallow requests, or slow replies, so tests show what order-relay does when SQS, DynamoDB or S3
 * is down or slow, through the real clients and protocols.
 */
package dev.orderrelay.devstack.fault;
