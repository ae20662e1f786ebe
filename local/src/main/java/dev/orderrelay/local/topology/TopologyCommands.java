package dev.orderrelay.local.topology;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The command line of each process of a topology: the same java as this JVM, the process's jar, and its settings as
 * {@code --name=value} arguments. The roles get only ports and the location of {@code local/topology/}; everything
 * else they need is in {@code local/topology/application-topology.yaml}.
 */
record TopologyCommands(
        RoleProcess devstack,
        RoleProcess receiver,
        List<RoleProcess> workers,
        List<RoleProcess> reconcilers,
        Optional<RoleProcess> console) {

    /** The version of the jars the build makes. */
    static final String VERSION = "0.1.0-SNAPSHOT";

    static final String PROFILE = "topology";
    static final String CONFIG_DIRECTORY = "local/topology/";

    // A slow, shared machine starts a Spring Boot role in 10-40 s; the bound only catches one that never gets there.
    private static final Duration READINESS_TIMEOUT = Duration.ofMinutes(3);
    // Roles drain for up to 30 s (spring.lifecycle.timeout-per-shutdown-phase); a little over that, then SIGKILL.
    private static final Duration TERMINATE_TIMEOUT = Duration.ofSeconds(40);

    static TopologyCommands of(TopologySettings settings) {
        Path repository = settings.repository().toAbsolutePath().normalize();
        TopologyPorts ports = settings.ports();
        RoleProcess devstack = process(
                settings,
                "devstack",
                jar(repository, "local", "devstack"),
                devstackArguments(settings),
                ports.simulator());
        RoleProcess receiver = role(settings, "receiver", "receiver", ports.receiver());
        List<RoleProcess> workers = new ArrayList<>();
        for (int i = 0; i < settings.workers(); i++) {
            workers.add(role(settings, "worker-" + (i + 1), "worker", ports.worker(i)));
        }
        List<RoleProcess> reconcilers = new ArrayList<>();
        for (int i = 0; i < settings.reconcilers(); i++) {
            reconcilers.add(role(settings, "reconciler-" + (i + 1), "reconciler", ports.reconciler(i)));
        }
        Optional<RoleProcess> console = settings.console()
                ? Optional.of(role(settings, "console", "console", ports.console()))
                : Optional.empty();
        return new TopologyCommands(devstack, receiver, List.copyOf(workers), List.copyOf(reconcilers), console);
    }

    /** The properties every role gets: where the devstack's servers, the fake peers and the receiver listen. */
    static Map<String, String> portProperties(TopologyPorts ports) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("relay.topology.receiver-port", String.valueOf(ports.receiver()));
        properties.put("relay.topology.sqs-port", String.valueOf(ports.sqs()));
        properties.put("relay.topology.dynamodb-port", String.valueOf(ports.dynamodb()));
        properties.put("relay.topology.s3-port", String.valueOf(ports.s3()));
        properties.put("relay.topology.webhook-port", String.valueOf(ports.webhookPeer()));
        properties.put("relay.topology.ga4-port", String.valueOf(ports.ga4()));
        properties.put("relay.topology.segment-us-port", String.valueOf(ports.segmentUs()));
        properties.put("relay.topology.segment-eu-port", String.valueOf(ports.segmentEu()));
        properties.put("relay.topology.amplitude-us-port", String.valueOf(ports.amplitudeUs()));
        properties.put("relay.topology.amplitude-eu-port", String.valueOf(ports.amplitudeEu()));
        properties.put("relay.topology.admin-api-port", String.valueOf(ports.adminApi()));
        return properties;
    }

    /** The devstack's settings: its ports, the receiver it posts to, proxies, and the store's own activity. */
    static Map<String, String> devstackArguments(TopologySettings settings) {
        TopologyPorts ports = settings.ports();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(ports.simulator()));
        properties.put("relay.local.devstack.sqs-port", String.valueOf(ports.sqs()));
        properties.put("relay.local.devstack.dynamodb-port", String.valueOf(ports.dynamodb()));
        properties.put("relay.local.devstack.s3-port", String.valueOf(ports.s3()));
        properties.put("relay.local.destinations.webhook-port", String.valueOf(ports.webhookPeer()));
        properties.put("relay.local.destinations.ga4-port", String.valueOf(ports.ga4()));
        properties.put("relay.local.destinations.segment-us-port", String.valueOf(ports.segmentUs()));
        properties.put("relay.local.destinations.segment-eu-port", String.valueOf(ports.segmentEu()));
        properties.put("relay.local.destinations.amplitude-us-port", String.valueOf(ports.amplitudeUs()));
        properties.put("relay.local.destinations.amplitude-eu-port", String.valueOf(ports.amplitudeEu()));
        properties.put("relay.local.store.admin-api-port", String.valueOf(ports.adminApi()));
        properties.put("relay.local.store.webhook-url", "http://127.0.0.1:" + ports.receiver() + "/webhooks/shopify");
        properties.put("relay.local.devstack.fault-proxies", String.valueOf(settings.faultProxies()));
        if (!settings.storeCreatesOrders()) {
            properties.put("relay.local.store.orders-per-minute", "0");
            properties.put("relay.local.store.webhook-loss-rate", "0");
            properties.put("relay.local.store.delete-subscription-after", "0s");
        }
        properties.putAll(settings.devstackProperties());
        return properties;
    }

    private static RoleProcess role(TopologySettings settings, String name, String module, int port) {
        Path repository = settings.repository().toAbsolutePath().normalize();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.profiles.active", PROFILE);
        properties.put("spring.config.additional-location", "file:" + repository.resolve(CONFIG_DIRECTORY) + "/");
        properties.put("spring.application.name", "order-relay-" + name);
        properties.putAll(portProperties(settings.ports()));
        properties.putAll(settings.roleProperties());
        return process(settings, name, jar(repository, module, "exec"), properties, port);
    }

    private static RoleProcess process(
            TopologySettings settings, String name, Path jar, Map<String, String> properties, int port) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(settings.jvmOptions());
        command.add("-jar");
        command.add(jar.toString());
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path logDirectory = settings.logDirectory().toAbsolutePath();
        return new RoleProcess(
                name,
                command,
                settings.repository().toAbsolutePath().normalize(),
                URI.create("http://127.0.0.1:" + port),
                logDirectory.resolve(name + ".log"),
                READINESS_TIMEOUT,
                TERMINATE_TIMEOUT);
    }

    static Path jar(Path repository, String module, String classifier) {
        Path jar = repository.resolve(module + "/target/" + module + "-" + VERSION + "-" + classifier + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " not found: build the jars first, from " + repository
                    + ": ./mvnw -B -pl local -am package -DskipTests");
        }
        return jar;
    }

    /** The java running this JVM, so every process of the topology runs on the same JDK. */
    static String javaBinary() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElseThrow(() -> new IllegalStateException(
                        "this JVM's java binary is unknown (ProcessHandle.info().command() is empty)"));
    }
}
