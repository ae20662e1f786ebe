package dev.orderrelay.devstack.store;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook endpoint on 127.0.0.1 that records every request and answers with a status the test chooses, possibly
 * depending on how often it has seen the same webhook id.
 */
final class RecordingWebhookServer implements AutoCloseable {

    /** Decides the answer; {@code seen} counts requests with this webhook id, this one included. */
    @FunctionalInterface
    interface Responder {
        int status(ReceivedWebhook request, int seen);
    }

    static final String PATH = "/webhooks/shopify";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<ReceivedWebhook> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> seenById = new ConcurrentHashMap<>();
    private volatile Responder responder = (request, seen) -> 200;

    RecordingWebhookServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    void answerAlways(int status) {
        responder = (request, seen) -> status;
    }

    void answer(Responder next) {
        responder = next;
    }

    List<ReceivedWebhook> received() {
        return List.copyOf(received);
    }

    List<ReceivedWebhook> received(WebhookTopic topic) {
        return received.stream()
                .filter(request -> topic.topicName().equals(request.topic()))
                .toList();
    }

    List<ReceivedWebhook> withWebhookId(String webhookId) {
        return received.stream()
                .filter(request -> webhookId.equals(request.webhookId()))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
            ReceivedWebhook request = new ReceivedWebhook(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Collections.unmodifiableMap(headers),
                    body,
                    System.nanoTime());
            String id = String.valueOf(request.webhookId());
            int seen = seenById.merge(id, 1, Integer::sum);
            received.add(request);
            int status = responder.status(request, seen);
            if (status >= 300 && status < 400) {
                exchange.getResponseHeaders().add("Location", "/elsewhere");
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
