package dev.orderrelay.devstack.destinations;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The HTTP chores every fake peer shares: bounded body reads, method checks, query strings and JSON answers. */
public final class PeerHttp {

    private PeerHttp() {}

    /**
     * The request body, or empty when it is longer than {@code max} bytes; reads at most one byte past the limit so a
     * huge body cannot fill the heap.
     */
    public static Optional<byte[]> readBody(HttpExchange exchange, int max) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(max + 1);
            return body.length > max ? Optional.empty() : Optional.of(body);
        }
    }

    /** Whether the request is a POST; answers anything else 405 with {@code Allow: POST}. */
    public static boolean acceptPostOnly(HttpExchange exchange) throws IOException {
        if ("POST".equals(exchange.getRequestMethod())) {
            return true;
        }
        exchange.getResponseHeaders().set("Allow", "POST");
        exchange.sendResponseHeaders(405, -1);
        return false;
    }

    /** The query parameters, decoded; the first of repeated names wins. */
    public static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> parameters = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    /** Answers {@code status} with {@code body} as {@code application/json}. */
    public static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = PeerJson.write(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Answers {@code status} with no body. */
    public static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
