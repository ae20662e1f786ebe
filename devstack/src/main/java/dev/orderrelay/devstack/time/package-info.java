/**
 * Time under a test's control: a clock moved by hand, so leases, expiries and retries are tested without waiting.
 */
package dev.orderrelay.devstack.time;
