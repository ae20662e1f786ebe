/**
 * The console API's error contract: every error is an {@code application/problem+json} body with a stable
 * {@code code} property that tools can switch on, whether it comes from a controller, from Spring MVC or from
 * Spring Security.
 */
package dev.orderrelay.console.problems;
