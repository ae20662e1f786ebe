/**
 * The devstack: everything order-relay talks to, running in-process on 127.0.0.1 for tests and the local run.
 * {@link dev.orderrelay.devstack.Devstack} starts the embedded AWS servers and creates the queues, buckets and
 * tables the design names; one shared instance serves every test in a JVM.
 */
package dev.orderrelay.devstack;
