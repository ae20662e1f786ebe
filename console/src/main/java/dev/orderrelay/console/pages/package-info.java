/**
 * What every console page shares: the layout, static assets and WebJars under {@code /console}, the sign-in page,
 * the page security chain (sessions, CSRF, roles), and the signed-in user in every page's model. The pages
 * themselves live with their feature, beside the API that serves the same data: a page controller calls the same
 * services as its {@code /api} twin, never the API over HTTP.
 */
package dev.orderrelay.console.pages;
