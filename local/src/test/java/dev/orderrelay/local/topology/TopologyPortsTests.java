package dev.orderrelay.local.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The topology's ports: the documented ones, free ones for tests, and the checks that keep processes apart. */
class TopologyPortsTests {

    @Test
    void documentsTheReceiverOn8080AndTheSimulatorOn9099() {
        TopologyPorts ports = TopologyPorts.defaults();

        assertThat(ports.receiver()).isEqualTo(8080);
        assertThat(ports.console()).isEqualTo(8081);
        assertThat(ports.worker(0)).isEqualTo(8082);
        assertThat(ports.worker(3)).isEqualTo(8085);
        assertThat(ports.reconciler(0)).isEqualTo(8086);
        assertThat(ports.simulator()).isEqualTo(9099);
        assertThat(ports.sqs()).isEqualTo(9324);
        assertThat(ports.dynamodb()).isEqualTo(8000);
        assertThat(ports.s3()).isEqualTo(9090);
        assertThat(ports.adminApi()).isEqualTo(9097);
    }

    @Test
    void picksFreePortsThatNeverOverlapTheWorkersOrReconcilersRanges() {
        TopologyPorts ports = TopologyPorts.free();

        Set<Integer> all = new HashSet<>(ports.byName().values());
        for (int i = 1; i < TopologyPorts.MAX_INSTANCES; i++) {
            all.add(ports.worker(i));
            all.add(ports.reconciler(i));
        }
        assertThat(all).hasSize(ports.byName().size() + 2 * (TopologyPorts.MAX_INSTANCES - 1));
        assertThat(all).allSatisfy(port -> assertThat(port).isBetween(20_000, 32_000));
    }

    @Test
    void refusesTwoProcessesOnOnePortNamingIt() {
        assertThatThrownBy(() -> new TopologyPorts(
                        8080, 8081, 8082, 8084, 9099, 9324, 8000, 9090, 9091, 9092, 9093, 9094, 9095, 9096, 9097))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topology port 8084 of firstReconciler is also used");
    }

    @Test
    void refusesAPortOutOfRange() {
        assertThatThrownBy(() -> new TopologyPorts(
                        0, 8081, 8082, 8086, 9099, 9324, 8000, 9090, 9091, 9092, 9093, 9094, 9095, 9096, 9097))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topology port receiver must be within 1..65535, got 0");
    }

    @Test
    void refusesAWorkerBeyondTheReservedRange() {
        assertThatThrownBy(() -> TopologyPorts.defaults().worker(TopologyPorts.MAX_INSTANCES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("worker index must be within 0..3");
    }
}
