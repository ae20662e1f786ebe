package dev.orderrelay.devstack.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 in front of one upstream server, whose behaviour tests switch at run time. Every
 * switch closes the connections open at that moment, so a client's pooled connections meet the new mode at
 * once instead of finishing on the old one.
 */
public final class FaultProxy implements AutoCloseable {

    private static final int BUFFER = 16 * 1024;

    private final URI upstream;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile FaultMode mode = FaultMode.PASS;
    private volatile Duration delay = Duration.ZERO;
    private volatile boolean closed;

    private FaultProxy(URI upstream, ServerSocket listener) {
        this.upstream = upstream;
        this.listener = listener;
    }

    /** A proxy on a free loopback port forwarding to {@code upstream} (an http URI with host and port). */
    public static FaultProxy to(URI upstream) {
        return on(0, upstream);
    }

    /**
     * A proxy on loopback {@code port} (0: a free one) forwarding to {@code upstream}: the standalone devstack puts
     * one on each documented AWS port, in front of the server on an internal one.
     */
    public static FaultProxy on(int port, URI upstream) {
        try {
            ServerSocket listener = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
            FaultProxy proxy = new FaultProxy(upstream, listener);
            Thread.ofPlatform()
                    .daemon()
                    .name("fault-proxy-" + listener.getLocalPort())
                    .start(proxy::acceptLoop);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "fault proxy could not listen on 127.0.0.1:" + port + " (in use? pick another port)", e);
        }
    }

    /** The address clients should use instead of the upstream's. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    public FaultMode mode() {
        return mode;
    }

    /** The reply delay of {@link FaultMode#DELAY}; zero in the other modes. */
    public Duration delay() {
        return delay;
    }

    public void pass() {
        switchTo(FaultMode.PASS, Duration.ZERO);
    }

    public void refuse() {
        switchTo(FaultMode.REFUSE, Duration.ZERO);
    }

    public void hang() {
        switchTo(FaultMode.HANG, Duration.ZERO);
    }

    /** Forwards traffic but holds every chunk of every reply back by {@code replyDelay}. */
    public void delay(Duration replyDelay) {
        switchTo(FaultMode.DELAY, replyDelay);
    }

    private void switchTo(FaultMode next, Duration nextDelay) {
        delay = nextDelay;
        mode = next;
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                if (mode == FaultMode.REFUSE) {
                    closeQuietly(client);
                } else {
                    open.add(client);
                    Thread.ofVirtual().start(() -> serve(client));
                }
            } catch (IOException e) {
                if (!closed) {
                    // A failed accept is transient (the client gave up); keep listening.
                    continue;
                }
            }
        }
    }

    private void serve(Socket client) {
        if (mode == FaultMode.HANG) {
            drain(client);
            return;
        }
        try {
            Socket server = new Socket(upstream.getHost(), upstream.getPort());
            open.add(server);
            Thread.ofVirtual().start(() -> pump(client, server, false));
            pump(server, client, true);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to, boolean isReply) {
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (mode == FaultMode.HANG) {
                    continue;
                }
                if (isReply && mode == FaultMode.DELAY) {
                    Thread.sleep(delay);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // The other side went away or a mode switch closed the pair: the connection is over.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private void drain(Socket client) {
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = client.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // Swallowed: a hung server reads the request and never answers.
            }
        } catch (IOException e) {
            // Closed by a mode switch or by the client giving up.
        } finally {
            open.remove(client);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        switchTo(FaultMode.REFUSE, Duration.ZERO);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
