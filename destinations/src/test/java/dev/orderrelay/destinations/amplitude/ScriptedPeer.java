package dev.orderrelay.destinations.amplitude;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Amplitude's far end for tests that need a conversation rather than one fixed answer: an HTTP server on 127.0.0.1
 * that records every request and gives the scripted answers in order, then Amplitude's 200 to anything after them.
 * Shares no code with the sender.
 */
final class ScriptedPeer implements AutoCloseable {

    static final PeerAnswer OK = PeerAnswer.status(200)
            .withBody("{\"code\":200,\"events_ingested\":1,\"payload_size_bytes\":100,"
                    + "\"server_upload_time\":1795601730000}");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<PeerAnswer> script = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private ScriptedPeer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static ScriptedPeer start() {
        return new ScriptedPeer();
    }

    /** {@code http://127.0.0.1:<port>}, a base URL for the settings' endpoints. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Answers the next requests with these, in order. */
    ScriptedPeer then(PeerAnswer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.add(new RecordedRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(),
                    exchange.getRequestBody().readAllBytes()));
            PeerAnswer answer = script.isEmpty() ? OK : script.poll();
            answer.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
