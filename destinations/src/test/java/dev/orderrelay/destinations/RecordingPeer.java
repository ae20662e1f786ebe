package dev.orderrelay.destinations;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A destination's far end for tests: an HTTP server on 127.0.0.1 with a free port that records every request and
 * answers what it is told, or hangs until closed. Shares no code with the senders it tests.
 */
public final class RecordingPeer implements AutoCloseable {

    /** How long a hanging answer waits at most, so a forgotten peer cannot hold a test run. */
    private static final long HANG_LIMIT_SECONDS = 30;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile PeerAnswer answer = PeerAnswer.status(200).withBody("{\"ok\":true}");
    private volatile boolean hanging;

    private RecordingPeer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static RecordingPeer start() {
        return new RecordingPeer();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** The peer's URL for events, as a destination's {@code url} setting. */
    public String url() {
        return uri("/events").toString();
    }

    public void answer(PeerAnswer next) {
        answer = next;
        hanging = false;
    }

    public void answerStatus(int status) {
        answer(PeerAnswer.status(status));
    }

    /** Takes every later request and never answers it, until closed. */
    public void hang() {
        hanging = true;
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(new RecordedRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders(),
                    body));
            if (hanging) {
                awaitClosing();
                return;
            }
            PeerAnswer current = answer;
            current.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] out = current.body().getBytes(StandardCharsets.UTF_8);
            // -1 says "no body"; 0 would mean "chunked, length unknown".
            exchange.sendResponseHeaders(current.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        }
    }

    private void awaitClosing() {
        try {
            closing.await(HANG_LIMIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
