/**
 * HTTP pieces every sender reads answers with: the {@code Retry-After} header in both its forms, and a short,
 * flattened excerpt of an answer's body fit for a reason or a log line.
 */
package dev.orderrelay.destinations.http;
