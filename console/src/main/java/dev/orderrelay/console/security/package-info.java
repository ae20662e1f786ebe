/**
 * Who may use the console and what they may do: HTTP Basic against the users configured under
 * {@code relay.console.users}, stateless (no session, no CSRF token: every request carries its credentials),
 * with the cumulative roles viewer, support and admin, and 401/403 answered as problem details.
 */
package dev.orderrelay.console.security;
