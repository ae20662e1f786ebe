package dev.orderrelay.devstack.aws;

/**
 * The static credentials every embedded server accepts. Letters and digits only: DynamoDB Local rejects access
 * keys with other characters. They protect nothing (everything binds to loopback) and exist only here.
 */
public record DevstackCredentials(String accessKeyId, String secretAccessKey) {

    public static final DevstackCredentials DEFAULT = new DevstackCredentials("devstack", "devstack");

    public DevstackCredentials {
        if (!accessKeyId.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("devstack access key must be letters and digits, for DynamoDB Local");
        }
    }

    @Override
    public String toString() {
        return "DevstackCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
    }
}
