package dev.orderrelay.devstack.aws;

/** A queue the devstack creates, with the dead-letter queue its messages move to after {@code maxReceiveCount}. */
public record QueueSpec(String name, String deadLetterName, int maxReceiveCount) {

    public QueueSpec {
        if (maxReceiveCount < 1) {
            throw new IllegalArgumentException("maxReceiveCount of queue " + name + " must be at least 1");
        }
    }
}
