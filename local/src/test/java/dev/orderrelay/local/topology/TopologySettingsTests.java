package dev.orderrelay.local.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a topology runs, and the command line each of its processes gets. */
class TopologySettingsTests {

    private static final Path REPOSITORY = Path.of("/repo");

    @Test
    void defaultsToOneOfEachRoleWithProxiesAndAStoreThatCreatesOrders() {
        TopologySettings settings = TopologySettings.defaults(REPOSITORY);

        assertThat(settings.workers()).isEqualTo(1);
        assertThat(settings.reconcilers()).isEqualTo(1);
        assertThat(settings.console()).isTrue();
        assertThat(settings.faultProxies()).isTrue();
        assertThat(settings.storeCreatesOrders()).isTrue();
        assertThat(settings.ports()).isEqualTo(TopologyPorts.defaults());
        assertThat(settings.logDirectory()).isEqualTo(REPOSITORY.resolve("local/target/topology"));
    }

    @Test
    void copiesChangeOneComponentOnly() {
        TopologySettings settings = TopologySettings.defaults(REPOSITORY)
                .withWorkers(3)
                .withReconcilers(0)
                .withConsole(false)
                .withRoleProperties(Map.of("relay.worker.concurrency", "8"));

        assertThat(settings.workers()).isEqualTo(3);
        assertThat(settings.reconcilers()).isZero();
        assertThat(settings.console()).isFalse();
        assertThat(settings.faultProxies()).isTrue();
        assertThat(settings.roleProperties()).containsEntry("relay.worker.concurrency", "8");
    }

    @Test
    void refusesMoreWorkersThanThePortsReserved() {
        assertThatThrownBy(() -> TopologySettings.defaults(REPOSITORY).withWorkers(5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topology workers must be within 1..4, got 5");
        assertThatThrownBy(() -> TopologySettings.defaults(REPOSITORY).withWorkers(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TopologySettings.defaults(REPOSITORY).withReconcilers(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topology reconcilers must be within 0..4, got -1");
    }

    @Test
    void saysHowToBuildTheJarsWhenOneIsMissing(@TempDir Path empty) {
        assertThatThrownBy(() -> TopologyCommands.of(TopologySettings.defaults(empty)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("local-0.1.0-SNAPSHOT-devstack.jar not found")
                .hasMessageContaining("./mvnw -B -pl local -am package -DskipTests");
    }

    @Test
    void startsEveryRoleFromItsJarWithTheTopologyProfileAndPorts(@TempDir Path repository) throws Exception {
        for (String jar : List.of(
                "local/target/local-0.1.0-SNAPSHOT-devstack.jar",
                "receiver/target/receiver-0.1.0-SNAPSHOT-exec.jar",
                "worker/target/worker-0.1.0-SNAPSHOT-exec.jar",
                "reconciler/target/reconciler-0.1.0-SNAPSHOT-exec.jar",
                "console/target/console-0.1.0-SNAPSHOT-exec.jar")) {
            Files.createDirectories(repository.resolve(jar).getParent());
            Files.createFile(repository.resolve(jar));
        }
        TopologySettings settings = TopologySettings.defaults(repository)
                .withWorkers(2)
                .withStoreCreatesOrders(false)
                .withJvmOptions(List.of("-Xmx256m"));

        TopologyCommands commands = TopologyCommands.of(settings);

        assertThat(commands.workers()).extracting(RoleProcess::name).containsExactly("worker-1", "worker-2");
        List<String> worker = commands.workers().get(1).command();
        assertThat(worker.getFirst())
                .isEqualTo(ProcessHandle.current().info().command().orElseThrow());
        assertThat(worker)
                .containsSubsequence(
                        "-Xmx256m",
                        "-jar",
                        repository
                                .resolve("worker/target/worker-0.1.0-SNAPSHOT-exec.jar")
                                .toString())
                .contains(
                        "--server.port=8083",
                        "--spring.profiles.active=topology",
                        "--spring.config.additional-location=file:" + repository.resolve("local/topology") + "/",
                        "--relay.topology.sqs-port=9324",
                        "--relay.topology.receiver-port=8080");
        assertThat(commands.devstack().command())
                .contains(
                        "--server.port=9099",
                        "--relay.local.store.webhook-url=http://127.0.0.1:8080/webhooks/shopify",
                        "--relay.local.devstack.fault-proxies=true",
                        "--relay.local.store.orders-per-minute=0");
        assertThat(commands.console()).isPresent();
        assertThat(commands.reconcilers()).hasSize(1);
    }
}
