package dev.orderrelay.devstack;

import dev.orderrelay.devstack.aws.DevstackCredentials;
import dev.orderrelay.devstack.aws.DevstackResources;

/**
 * Where the devstack's servers listen (0 = any free port) and what it creates on them.
 *
 * @param sqsPort ElasticMQ's port; the local run uses 9324, ElasticMQ's usual one
 * @param dynamoDbPort DynamoDB Local's port; the local run uses 8000, its usual one
 * @param s3Port S3Proxy's port; the local run uses 9090
 */
public record DevstackSettings(
        int sqsPort, int dynamoDbPort, int s3Port, DevstackCredentials credentials, DevstackResources resources) {

    /** Free ports, default credentials and resources: what tests use. */
    public static final DevstackSettings EPHEMERAL =
            new DevstackSettings(0, 0, 0, DevstackCredentials.DEFAULT, DevstackResources.DEFAULT);

    /** The fixed ports of the local run, so a newcomer can point the AWS CLI at them. */
    public static final DevstackSettings LOCAL_RUN =
            new DevstackSettings(9324, 8000, 9090, DevstackCredentials.DEFAULT, DevstackResources.DEFAULT);

    public DevstackSettings {
        checkPort(sqsPort, "sqsPort");
        checkPort(dynamoDbPort, "dynamoDbPort");
        checkPort(s3Port, "s3Port");
    }

    private static void checkPort(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("devstack " + name + " must be 0..65535, got " + port);
        }
    }
}
