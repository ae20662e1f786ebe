package dev.orderrelay.bench.faults;

import dev.orderrelay.local.topology.RoleProcess;
import dev.orderrelay.local.topology.Topology;
import java.time.Duration;
import java.time.Instant;

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

    /** The first pause between failed starts, doubled up to {@link #LONGEST_BACK_OFF}, as Kubernetes backs off. */
    static final Duration FIRST_BACK_OFF = Duration.ofSeconds(5);

    static final Duration LONGEST_BACK_OFF = Duration.ofSeconds(40);
    /** How long a role may keep failing to start before the episode fails. */
    static final Duration RESTART_BOUND = Duration.ofMinutes(10);

    /** SIGKILLs a role and starts it again at once, as a container runtime restarts a killed pod. */
    void killAndRestart(RoleProcess role) {
        role.kill();
        startUntilReady(role);
    }

    /**
     * Starts a role that is not running; if it exits before it is ready (a role resolves its queues at start-up, so it
     * cannot start while SQS is unreachable), it is started again after a growing back-off, as an orchestrator
     * restarts a crashing pod.
     */
    void startUntilReady(RoleProcess role) {
        Instant giveUp = Instant.now().plus(RESTART_BOUND);
        Duration backOff = FIRST_BACK_OFF;
        while (true) {
            try {
                role.start();
                return;
            } catch (IllegalStateException e) {
                if (Instant.now().plus(backOff).isAfter(giveUp)) {
                    throw new IllegalStateException(
                            role.name() + " did not start within " + RESTART_BOUND + " of restarts", e);
                }
                role.kill();
                hold(backOff);
                backOff = backOff.multipliedBy(2).compareTo(LONGEST_BACK_OFF) > 0
                        ? LONGEST_BACK_OFF
                        : backOff.multipliedBy(2);
            }
        }
    }

    FaultContext forBatch(String value) {
        return new FaultContext(topology, simulator, console, scale, value);
    }
}
