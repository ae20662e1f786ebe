/**
 * The embedded AWS-compatible servers (ElasticMQ for SQS, DynamoDB Local, S3Proxy), each bound to 127.0.0.1,
 * and the resources order-relay expects to find on them.
 */
package dev.orderrelay.devstack.aws;
