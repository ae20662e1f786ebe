package dev.orderrelay.local.topology;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the production-like local topology for a person: {@code ./mvnw -B -pl local -am verify -Ptopology} builds the
 * jars and runs this from the repository root. It starts the standalone devstack and every role on the documented
 * ports, prints where everything is, and stops them all on Ctrl-C.
 */
public final class TopologyRun {

    private TopologyRun() {}

    public static void main(String[] args) throws InterruptedException {
        TopologySettings settings = TopologySettings.defaults(Path.of("").toAbsolutePath());
        List<String> busy = busyPorts(settings.ports());
        if (!busy.isEmpty()) {
            System.err.println("topology: ports in use: " + String.join(", ", busy)
                    + ". Stop whatever holds them (the one-process local run uses 8080 and 9091-9097 too) and run"
                    + " again.");
            System.exit(1);
        }
        System.out.println("topology: starting the devstack, then the roles; logs in " + settings.logDirectory());
        Topology topology;
        try {
            topology = Topology.start(settings);
        } catch (RuntimeException e) {
            System.err.println("topology: " + e.getMessage());
            System.exit(1);
            return;
        }
        print(topology);
        // The topology's shutdown hook stops every process on Ctrl-C (SIGINT) or SIGTERM.
        Thread.currentThread().join();
    }

    private static void print(Topology topology) {
        System.out.println();
        System.out.println("order-relay production-like local topology is up (Ctrl-C stops every process):");
        System.out.println("  webhooks       " + topology.webhooks() + "   (app secret dev-shopify-secret)");
        topology.console()
                .ifPresent(console -> System.out.println(
                        "  console        " + console.baseUri() + "/console   (ops / ops-password)"));
        System.out.println("  simulator API  " + topology.simulator() + "/simulator/destinations/events");
        for (RoleProcess process : all(topology)) {
            System.out.printf(
                    "  %-14s pid %-8d %s   ready in %d ms   log %s%n",
                    process.name(),
                    process.pid(),
                    process.baseUri(),
                    process.readyIn().toMillis(),
                    process.log());
        }
        System.out.println();
    }

    private static List<RoleProcess> all(Topology topology) {
        List<RoleProcess> all = new ArrayList<>();
        all.add(topology.devstack());
        all.addAll(topology.roles());
        return all;
    }

    private static List<String> busyPorts(TopologyPorts ports) {
        List<String> busy = new ArrayList<>();
        for (Map.Entry<String, Integer> port : ports.byName().entrySet()) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port.getValue()));
            } catch (IOException e) {
                busy.add(port.getValue() + " (" + port.getKey() + ")");
            }
        }
        return busy;
    }
}
