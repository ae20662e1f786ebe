package dev.orderrelay.bench.faults;

/**
 * The queue (SQS), the ledger (DynamoDB) or the object store (S3) unreachable: the devstack's fault proxy in front of
 * it refuses every connection for the outage, while the server behind it keeps its data, as the real service would.
 */
final class BackingServiceOutage implements Fault {

    private final String service;
    private final String name;

    private BackingServiceOutage(String service, String name) {
        this.service = service;
        this.name = name;
    }

    static BackingServiceOutage queue() {
        return new BackingServiceOutage("sqs", "queue-unreachable");
    }

    static BackingServiceOutage ledger() {
        return new BackingServiceOutage("dynamodb", "ledger-unreachable");
    }

    static BackingServiceOutage objectStore() {
        return new BackingServiceOutage("s3", "object-store-unreachable");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description(SuiteScale scale) {
        return service + " refusing connections for " + scale.outage().toSeconds() + " s (fault proxy)";
    }

    @Override
    public void play(FaultContext context) {
        context.hold(context.scale().loadDuration().dividedBy(4));
        context.simulator()
                .proxy(service, "refuse", (int) context.scale().outage().toSeconds());
        context.hold(context.scale().outage());
        context.simulator().clearProxy(service);
    }

    @Override
    public void clear(FaultContext context) {
        context.simulator().clearProxy(service);
    }
}
