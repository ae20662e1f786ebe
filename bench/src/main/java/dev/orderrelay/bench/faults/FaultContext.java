package dev.orderrelay.bench.faults;

import dev.orderrelay.local.topology.RoleProcess;
import dev.orderrelay.local.topology.Topology;
import java.time.Duration;

/**
 * What a fault acts on: the running topology, the simulator's and the console's APIs, the suite's scale, and the
 * episode's batch (for faults that pick some of its orders).
 */
record FaultContext(
        Topology topology, SimulatorClient simulator, ConsoleClient console, SuiteScale scale, String batch) {

    /** Waits {@code duration} while a fault plays; the episode's clock, not a test's wait for a condition. */
    void hold(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fault interrupted", e);
        }
    }

    /** SIGKILLs a role and starts it again at once, as a container runtime restarts a killed pod. */
    void killAndRestart(RoleProcess role) {
        role.kill();
        role.start();
    }

    FaultContext forBatch(String value) {
        return new FaultContext(topology, simulator, console, scale, value);
    }
}
