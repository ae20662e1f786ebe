package dev.orderrelay.destinations.ga4;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where one GA4 collection region takes events: the Measurement Protocol URL and its validation server's URL, without
 * a query (the measurement id and the API secret are added per request).
 *
 * @param collect where events are recorded, e.g. {@code https://www.google-analytics.com/mp/collect}
 * @param validation where the same body is checked without being recorded, e.g.
 *     {@code https://www.google-analytics.com/debug/mp/collect}
 */
public record Ga4Endpoints(URI collect, URI validation) {

    /** GA4's global collection endpoint. */
    public static final URI GLOBAL = URI.create("https://www.google-analytics.com");

    /** GA4's endpoint for data to be collected in the EU (Measurement Protocol reference, "Transport"). */
    public static final URI EU = URI.create("https://region1.google-analytics.com");

    public Ga4Endpoints {
        requireBase(collect, "collect");
        requireBase(validation, "validation");
    }

    /** The Measurement Protocol paths under {@code base}: {@code /mp/collect} and {@code /debug/mp/collect}. */
    public static Ga4Endpoints at(URI base) {
        Objects.requireNonNull(base, "base");
        String root = base.toString().replaceAll("/+$", "");
        return new Ga4Endpoints(URI.create(root + "/mp/collect"), URI.create(root + "/debug/mp/collect"));
    }

    private static void requireBase(URI uri, String name) {
        if (uri == null) {
            throw new IllegalArgumentException("ga4 setting '" + name + "' endpoint must be set");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "ga4 setting '" + name + "' endpoint must be an absolute http(s) URL, was " + shown(uri));
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("ga4 setting '" + name
                    + "' endpoint must have no query, fragment or user info (the sender adds the query), was "
                    + shown(uri));
        }
    }

    /** The URI without what may hold a secret: its user info, query and fragment. */
    private static String shown(URI uri) {
        return (uri.getScheme() == null ? "" : uri.getScheme() + "://")
                + (uri.getHost() == null ? "" : uri.getHost())
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
