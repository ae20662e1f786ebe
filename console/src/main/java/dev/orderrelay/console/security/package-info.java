/**
 * Who may use the console and what they may do: configured users with passwords (HTTP Basic on {@code /api}, the
 * sign-in form on the pages), and where configured, the organisation's identity provider (OIDC sign-in to the pages,
 * bearer JWTs on {@code /api}) with roles from a token claim. The API is stateless (no session, no CSRF token: every
 * request carries its credentials); the cumulative roles are viewer, support and admin; 401/403 are answered as
 * problem details.
 */
package dev.orderrelay.console.security;
