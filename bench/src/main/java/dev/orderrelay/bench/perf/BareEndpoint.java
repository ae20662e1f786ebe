package dev.orderrelay.bench.perf;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@link BareEndpointApplication} as its own process: same java and classpath as the benchmark, a free port,
 * output in {@code <logDirectory>/bare-endpoint.log}. Ready once a post answers 200; closing kills its process tree.
 */
final class BareEndpoint implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(2);

    private final Process process;
    private final URI base;

    private BareEndpoint(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    static BareEndpoint start(Path logDirectory, List<String> jvmOptions) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(logDirectory);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BareEndpointApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logDirectory.resolve("bare-endpoint.log").toFile())
                .start();
        BareEndpoint endpoint = new BareEndpoint(process, URI.create("http://127.0.0.1:" + port));
        try {
            endpoint.awaitReady(logDirectory.resolve("bare-endpoint.log"));
            return endpoint;
        } catch (InterruptedException | RuntimeException e) {
            endpoint.close();
            throw e;
        }
    }

    URI base() {
        return base;
    }

    private void awaitReady(Path log) throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        try (RawHttp http = new RawHttp(base)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "the bare endpoint exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    if (http.post("/webhooks/shopify", Map.of(), new byte[] {'{', '}'}) == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the bare endpoint was not ready within " + READY_WITHIN + "; see " + log);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
