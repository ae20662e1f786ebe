package dev.orderrelay.local;

import java.util.ArrayList;
import java.util.List;

/**
 * Command-line arguments for a local run inside a test: every server on a free port (several runs may share a test
 * JVM, and a developer's own local run may hold the profile's fixed ports), then the test's own settings.
 */
public final class LocalRunArguments {

    private static final List<String> ON_FREE_PORTS = List.of(
            "--relay.local.devstack.sqs-port=0",
            "--relay.local.devstack.dynamodb-port=0",
            "--relay.local.devstack.s3-port=0",
            "--relay.local.destinations.webhook-port=0",
            "--relay.local.destinations.ga4-port=0",
            "--relay.local.destinations.segment-us-port=0",
            "--relay.local.destinations.segment-eu-port=0",
            "--relay.local.destinations.amplitude-us-port=0",
            "--relay.local.destinations.amplitude-eu-port=0",
            "--relay.local.store.admin-api-port=0");

    private LocalRunArguments() {}

    /** The console and receiver on {@code serverPort} (0: any), every other server on a free port, then {@code more}. */
    public static String[] onFreePorts(int serverPort, String... more) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + serverPort);
        arguments.addAll(ON_FREE_PORTS);
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }
}
