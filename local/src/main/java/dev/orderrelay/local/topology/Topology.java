package dev.orderrelay.local.topology;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The production-like local topology: the standalone devstack in one process, and the receiver, the workers, the
 * reconcilers and the console each in its own, from the same jars production runs, configured by the files under
 * {@code local/topology/}. {@link #start} waits until every process is ready; {@link #close} stops them all and is
 * also run by a shutdown hook, so the JVM that started a topology never leaves a process behind when it exits.
 */
public final class Topology implements AutoCloseable {

    /** The demo shop the devstack configures and the simulated store is. */
    public static final String SHOP = "demo.myshopify.com";

    private final TopologySettings settings;
    private final RoleProcess devstack;
    private final RoleProcess receiver;
    private final List<RoleProcess> workers;
    private final List<RoleProcess> reconcilers;
    private final Optional<RoleProcess> console;
    private final Thread shutdownHook;
    private volatile boolean closed;

    private Topology(TopologySettings settings, TopologyCommands commands) {
        this.settings = settings;
        this.devstack = commands.devstack();
        this.receiver = commands.receiver();
        this.workers = commands.workers();
        this.reconcilers = commands.reconcilers();
        this.console = commands.console();
        this.shutdownHook = new Thread(this::stopAll, "topology-shutdown");
    }

    /**
     * Starts the devstack and waits until it is ready (tables, queues and the demo shop exist then), then every role
     * in parallel, and waits until each is ready.
     *
     * @throws IllegalStateException naming the process that failed and its log; every process started is stopped
     */
    public static Topology start(TopologySettings settings) {
        Topology topology = new Topology(settings, TopologyCommands.of(settings));
        Runtime.getRuntime().addShutdownHook(topology.shutdownHook);
        try {
            topology.devstack.start();
            topology.startRolesInParallel();
            return topology;
        } catch (RuntimeException e) {
            topology.close();
            throw e;
        }
    }

    private void startRolesInParallel() {
        List<RoleProcess> roles = roles();
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        List<Thread> starting = new ArrayList<>();
        for (RoleProcess role : roles) {
            starting.add(Thread.ofVirtual().name("start-" + role.name()).start(() -> {
                try {
                    role.start();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }));
        }
        joinAll(starting);
        if (!failures.isEmpty()) {
            IllegalStateException failed = new IllegalStateException("topology did not start: "
                    + String.join(
                            "; ", failures.stream().map(Throwable::getMessage).toList()));
            failures.forEach(failed::addSuppressed);
            throw failed;
        }
    }

    public TopologySettings settings() {
        return settings;
    }

    public RoleProcess devstack() {
        return devstack;
    }

    public RoleProcess receiver() {
        return receiver;
    }

    public List<RoleProcess> workers() {
        return workers;
    }

    public List<RoleProcess> reconcilers() {
        return reconcilers;
    }

    public Optional<RoleProcess> console() {
        return console;
    }

    /** Every role process (not the devstack): receiver, workers, reconcilers, console. */
    public List<RoleProcess> roles() {
        List<RoleProcess> roles = new ArrayList<>();
        roles.add(receiver);
        roles.addAll(workers);
        roles.addAll(reconcilers);
        console.ifPresent(roles::add);
        return List.copyOf(roles);
    }

    /** Where Shopify posts: {@code http://127.0.0.1:<receiver>/webhooks/shopify}. */
    public URI webhooks() {
        return URI.create("http://127.0.0.1:" + settings.ports().receiver() + "/webhooks/shopify");
    }

    /** The standalone devstack's API: {@code /simulator/...}. */
    public URI simulator() {
        return URI.create("http://127.0.0.1:" + settings.ports().simulator());
    }

    /** The console's base URI: pages under {@code /console}, the API under {@code /api} (HTTP Basic ops:ops-password). */
    public URI api() {
        return URI.create("http://127.0.0.1:" + settings.ports().console());
    }

    /** The demo shop's domain. */
    public String shop() {
        return SHOP;
    }

    /** SIGTERM to every role (in parallel), then to the devstack; each killed after a bound. Idempotent. */
    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down already and the hook is running or ran.
        }
    }

    private synchronized void stopAll() {
        if (closed) {
            return;
        }
        closed = true;
        inParallel(roles(), RoleProcess::terminate);
        devstack.terminate();
        // Whatever survived a failed terminate (an interrupted wait) goes now.
        roles().forEach(RoleProcess::kill);
        devstack.kill();
    }

    private static void inParallel(List<RoleProcess> processes, Consumer<RoleProcess> action) {
        List<Thread> threads = new ArrayList<>();
        for (RoleProcess process : processes) {
            threads.add(Thread.ofVirtual().start(() -> action.accept(process)));
        }
        joinAll(threads);
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "Topology" + roles() + " with " + devstack;
    }
}
