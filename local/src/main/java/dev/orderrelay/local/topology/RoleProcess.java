package dev.orderrelay.local.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One process of the topology (the devstack or one role instance): started from its jar with a fixed command line,
 * its output appended to {@link #log()}, ready once {@code /actuator/health/readiness} answers 200. Killing and
 * restarting it keeps the command, so a restarted worker is the same worker as far as the topology goes.
 */
public final class RoleProcess {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration KILL_WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final String name;
    private final List<String> command;
    private final Path workingDirectory;
    private final URI baseUri;
    private final Path log;
    private final Duration readinessTimeout;
    private final Duration terminateTimeout;
    private volatile Process process;
    private volatile Duration readyIn = Duration.ZERO;

    RoleProcess(
            String name,
            List<String> command,
            Path workingDirectory,
            URI baseUri,
            Path log,
            Duration readinessTimeout,
            Duration terminateTimeout) {
        this.name = name;
        this.command = List.copyOf(command);
        this.workingDirectory = workingDirectory;
        this.baseUri = baseUri;
        this.log = log;
        this.readinessTimeout = readinessTimeout;
        this.terminateTimeout = terminateTimeout;
    }

    /** The process's name in the topology: {@code devstack}, {@code receiver}, {@code worker-1}, ... */
    public String name() {
        return name;
    }

    /** The running process's id; -1 before the first start. */
    public long pid() {
        Process current = process;
        return current == null ? -1 : current.pid();
    }

    /** Where the process's HTTP server listens, e.g. {@code http://127.0.0.1:8082}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The process's output, appended across restarts. */
    public Path log() {
        return log;
    }

    public boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** The command line, for logs and reports. */
    public List<String> command() {
        return command;
    }

    /** The last start's time from launching the process to its readiness probe answering 200. */
    public Duration readyIn() {
        return readyIn;
    }

    /**
     * Starts the process (again) with the same command and waits until it is ready.
     *
     * @throws IllegalStateException naming the process and its log if it is already running, exits, or is not
     *     ready in time (it is killed then)
     */
    public synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running (pid " + pid() + ")");
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(
                    log,
                    "---- " + Instant.now() + " starting " + name + ": " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            long launched = System.nanoTime();
            process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            awaitReady(launched);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be started (see " + log + ")", e);
        }
    }

    /** SIGKILL (the process and its children), then waits until it is gone: a pod's container killed. */
    public void kill() {
        Process current = process;
        if (current == null) {
            return;
        }
        current.descendants().forEach(ProcessHandle::destroyForcibly);
        current.destroyForcibly();
        waitFor(current, KILL_WAIT);
    }

    /** SIGTERM, then waits for a graceful exit up to a bound, killing the process after it: a pod's rolling stop. */
    public void terminate() {
        Process current = process;
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroy();
        if (!waitFor(current, terminateTimeout)) {
            kill();
        }
    }

    private void awaitReady(long launched) {
        URI readiness = baseUri.resolve("/actuator/health/readiness");
        long deadline = launched + readinessTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process current = process;
            if (!current.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with code " + current.exitValue() + " before it was ready; see " + log);
            }
            if (isReady(readiness)) {
                readyIn = Duration.ofNanos(System.nanoTime() - launched);
                return;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
                throw new IllegalStateException(name + " start interrupted", e);
            }
        }
        kill();
        throw new IllegalStateException(
                name + " was not ready at " + readiness + " within " + readinessTimeout + " (killed); see " + log);
    }

    private static boolean isReady(URI readiness) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(readiness)
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitFor(Process current, Duration bound) {
        try {
            return current.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
            return false;
        }
    }

    @Override
    public String toString() {
        return name + "(pid " + pid() + ", " + baseUri + ")";
    }
}
