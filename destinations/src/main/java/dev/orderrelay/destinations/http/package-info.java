/**
 * The HTTP client every sender posts through ({@link dev.orderrelay.destinations.http.JsonPoster}: one call, one
 * request, bounded reads), and the pieces senders read answers with: the {@code Retry-After} header in both its
 * forms, and a short, flattened excerpt of an answer's body fit for a reason or a log line.
 */
package dev.orderrelay.destinations.http;
