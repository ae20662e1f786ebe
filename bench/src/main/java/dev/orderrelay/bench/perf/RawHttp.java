package dev.orderrelay.bench.perf;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The load driver's HTTP/1.1 client: plain blocking sockets kept alive in a pool, one request per connection at a
 * time, the request written in one buffer and the answer read just far enough to know its status and end. Chosen
 * over the JDK HttpClient because it costs the driver (which shares the machine with what it measures) a few
 * microseconds a request and has no selector thread or connection-pool lock to become the bottleneck first.
 */
final class RawHttp implements AutoCloseable {

    private final String host;
    private final int port;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    RawHttp(URI base) {
        this.host = base.getHost();
        this.port = base.getPort();
    }

    /** Posts {@code body} to {@code path} and returns the status code; the answer's body is read and dropped. */
    int post(String path, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256);
        head.append("POST ")
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append(':')
                .append(port);
        head.append("\r\nContent-Type: application/json\r\nContent-Length: ").append(body.length);
        headers.forEach(
                (name, value) -> head.append("\r\n").append(name).append(": ").append(value));
        head.append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        Connection connection = idle.poll();
        if (connection == null) {
            connection = new Connection(host, port);
        }
        try {
            connection.out.write(headBytes);
            connection.out.write(body);
            connection.out.flush();
            Answer answer = connection.readAnswer();
            if (answer.keepAlive()) {
                idle.offer(connection);
            } else {
                connection.close();
            }
            return answer.status();
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            connection.close();
        }
    }

    private record Answer(int status, boolean keepAlive) {}

    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
            out = new BufferedOutputStream(socket.getOutputStream(), 8192);
        }

        Answer readAnswer() throws IOException {
            String statusLine = line();
            // "HTTP/1.1 200 " or "HTTP/1.1 200 OK"
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            boolean keepAlive = true;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).strip();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> keepAlive = !"close".equalsIgnoreCase(value);
                    default -> {}
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0; ) {
                    skip(size);
                    line();
                    size = Long.parseLong(line().split(";")[0].strip(), 16);
                }
                // Trailers, then the blank line.
                while (!line().isEmpty()) {
                    // nothing to keep
                }
            } else {
                skip(length);
            }
            return new Answer(status, keepAlive);
        }

        private String line() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed in the middle of an answer");
                }
                if (b != '\r') {
                    bytes.write(b);
                }
            }
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }

        private void skip(long count) throws IOException {
            for (long left = count; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("connection closed in the middle of a body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
