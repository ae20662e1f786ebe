package dev.orderrelay.devstack.destinations;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One fake peer's HTTP server on 127.0.0.1, one virtual thread per request so a hang fault holding requests never
 * stalls the others. Add contexts, then {@link #start()}; {@link #close()} stops it and interrupts held requests.
 */
public final class LoopbackServer implements AutoCloseable {

    private static final int BACKLOG = 100;

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LoopbackServer(String name, HttpServer server, ExecutorService executor) {
        this.name = name;
        this.server = server;
        this.executor = executor;
    }

    /** Binds 127.0.0.1:{@code port} (0 for a free one) without serving yet; {@code name} names threads and errors. */
    public static LoopbackServer bind(String name, int port) {
        Objects.requireNonNull(name, "name");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " port must be between 0 and 65535, was " + port);
        }
        HttpServer server;
        try {
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            server = HttpServer.create(new InetSocketAddress(loopback, port), BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not listen on 127.0.0.1:" + port, e);
        }
        ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name(name + "-", 0).factory());
        server.setExecutor(executor);
        return new LoopbackServer(name, server, executor);
    }

    /** Serves {@code path} and everything under it with {@code handler}. */
    public LoopbackServer context(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    public LoopbackServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, without a path. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
