package dev.orderrelay.local.topology;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link Topology#start} runs: the standalone devstack and each role as its own process, from the jars under
 * {@code repository}, configured by {@code repository/local/topology/}.
 *
 * @param repository the repository root (where {@code ./mvnw} is); jars and the topology's configuration are
 *     found from it
 * @param logDirectory where each process writes {@code <name>.log} (created if missing)
 * @param ports every port of the topology
 * @param workers how many worker processes (1..{@value TopologyPorts#MAX_INSTANCES})
 * @param reconcilers how many reconciler processes (0..{@value TopologyPorts#MAX_INSTANCES})
 * @param console whether the console runs
 * @param faultProxies whether the roles reach SQS, DynamoDB and S3 through the devstack's fault proxies (switched by
 *     {@code POST /simulator/proxies/{name}})
 * @param storeCreatesOrders whether the simulated store creates orders by itself (12 a minute), loses some webhooks
 *     and deletes a subscription, as the one-process run does; off, it only creates the batches asked of it
 * @param devstackProperties extra Spring properties of the devstack process ({@code --name=value})
 * @param roleProperties extra Spring properties of every role process
 * @param jvmOptions JVM options of every process (e.g. {@code -Xmx512m})
 */
public record TopologySettings(
        Path repository,
        Path logDirectory,
        TopologyPorts ports,
        int workers,
        int reconcilers,
        boolean console,
        boolean faultProxies,
        boolean storeCreatesOrders,
        Map<String, String> devstackProperties,
        Map<String, String> roleProperties,
        List<String> jvmOptions) {

    public TopologySettings {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(logDirectory, "logDirectory");
        Objects.requireNonNull(ports, "ports");
        if (workers < 1 || workers > TopologyPorts.MAX_INSTANCES) {
            throw new IllegalArgumentException(
                    "topology workers must be within 1.." + TopologyPorts.MAX_INSTANCES + ", got " + workers);
        }
        if (reconcilers < 0 || reconcilers > TopologyPorts.MAX_INSTANCES) {
            throw new IllegalArgumentException(
                    "topology reconcilers must be within 0.." + TopologyPorts.MAX_INSTANCES + ", got " + reconcilers);
        }
        devstackProperties = Map.copyOf(Objects.requireNonNull(devstackProperties, "devstackProperties"));
        roleProperties = Map.copyOf(Objects.requireNonNull(roleProperties, "roleProperties"));
        jvmOptions = List.copyOf(Objects.requireNonNull(jvmOptions, "jvmOptions"));
    }

    /**
     * One worker, one reconciler, the console, fault proxies on, the store creating orders; documented ports; logs in
     * {@code local/target/topology}.
     */
    public static TopologySettings defaults(Path repository) {
        Path root = repository.toAbsolutePath().normalize();
        return new TopologySettings(
                root,
                root.resolve("local/target/topology"),
                TopologyPorts.defaults(),
                1,
                1,
                true,
                true,
                true,
                Map.of(),
                Map.of(),
                List.of());
    }

    public TopologySettings withRepository(Path value) {
        return new TopologySettings(
                value,
                logDirectory,
                ports,
                workers,
                reconcilers,
                console,
                faultProxies,
                storeCreatesOrders,
                devstackProperties,
                roleProperties,
                jvmOptions);
    }

    public TopologySettings withLogDirectory(Path value) {
        return new TopologySettings(
                repository,
                value,
                ports,
                workers,
                reconcilers,
                console,
                faultProxies,
                storeCreatesOrders,
                devstackProperties,
                roleProperties,
                jvmOptions);
    }

    public TopologySettings withPorts(TopologyPorts value) {
        return new TopologySettings(
                repository,
                logDirectory,
                value,
                workers,
                reconcilers,
                console,
                faultProxies,
                storeCreatesOrders,
                devstackProperties,
                roleProperties,
                jvmOptions);
    }

    public TopologySettings withWorkers(int value) {
        return new TopologySettings(
                repository,
                logDirectory,
                ports,
                value,
                reconcilers,
                console,
                faultProxies,
                storeCreatesOrders,
                devstackProperties,
                roleProperties,
                jvmOptions);
    }

    public TopologySettings withReconcilers(int value) {
        return new TopologySettings(
                repository,
                logDirectory,
                ports,
                workers,
                value,
                console,
                faultProxies,
                storeCreatesOrders,
                devstackProperties,
                roleProperties,
                jvmOptions);
    }

    public TopologySettings withConsole(boolean value) {
        return new TopologySettings(
                repository,
                logDirectory,
                ports,
                workers,
                reconcilers,
                value,
                faultProxies,
                storeCreatesOrders,
                devstackProperties,
                roleProperties,
                jvmOptions);
    }

    public TopologySettings withFaultProxies(boolean value) {
        return new TopologySettings(
                repository,
                logDirectory,
                ports,
                workers,
                reconcilers,
                console,
                value,
                storeCreatesOrders,
                devstackProperties,
                roleProperties,
                jvmOptions);
    }

    public TopologySettings withStoreCreatesOrders(boolean value) {
        return new TopologySettings(
                repository,
                logDirectory,
                ports,
                workers,
                reconcilers,
                console,
                faultProxies,
                value,
                devstackProperties,
                roleProperties,
                jvmOptions);
    }

    public TopologySettings withDevstackProperties(Map<String, String> value) {
        return new TopologySettings(
                repository,
                logDirectory,
                ports,
                workers,
                reconcilers,
                console,
                faultProxies,
                storeCreatesOrders,
                value,
                roleProperties,
                jvmOptions);
    }

    public TopologySettings withRoleProperties(Map<String, String> value) {
        return new TopologySettings(
                repository,
                logDirectory,
                ports,
                workers,
                reconcilers,
                console,
                faultProxies,
                storeCreatesOrders,
                devstackProperties,
                value,
                jvmOptions);
    }

    public TopologySettings withJvmOptions(List<String> value) {
        return new TopologySettings(
                repository,
                logDirectory,
                ports,
                workers,
                reconcilers,
                console,
                faultProxies,
                storeCreatesOrders,
                devstackProperties,
                roleProperties,
                value);
    }
}
