package dev.orderrelay.worker.credentials;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * AWS Secrets Manager's {@code GetSecretValue} on 127.0.0.1, speaking the service's AWS JSON 1.1 protocol:
 * {@code POST /} with {@code X-Amz-Target: secretsmanager.GetSecretValue} and {@code {"SecretId": ...}}, answered with
 * the secret or a {@code 400} whose {@code __type} names the error. It can be told to fail like an outage.
 */
final class FakeSecretsManager implements AutoCloseable {

    static final String GET_SECRET_VALUE = "secretsmanager.GetSecretValue";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    private final Map<String, byte[]> binaries = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int failingStatus;

    /** One request as the fake saw it. */
    record Request(String target, String secretId, String authorization, String contentType) {}

    private FakeSecretsManager(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    static FakeSecretsManager start() {
        try {
            return new FakeSecretsManager(
                    HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Secrets Manager", e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A client of this fake, signed with test credentials, as the worker builds one. */
    SecretsManagerClient client() {
        return SecretsManagerClient.builder()
                .endpointOverride(endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofSeconds(5)))
                .build();
    }

    void putSecretString(String secretId, String value) {
        strings.put(secretId, value);
    }

    void putSecretBinary(String secretId, byte[] value) {
        binaries.put(secretId, value.clone());
    }

    /** Answers every request with this status and an {@code InternalServiceError}, as in an outage; 0 heals. */
    void failWith(int status) {
        failingStatus = status;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                body = JSON.readTree(in.readAllBytes());
            }
            String secretId = body.path("SecretId").asString(null);
            requests.add(new Request(
                    target,
                    secretId,
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            if (failingStatus != 0) {
                error(exchange, failingStatus, "InternalServiceError", "An error occurred on the server side.");
            } else if (!"POST".equals(exchange.getRequestMethod())
                    || !"/".equals(exchange.getRequestURI().getPath())
                    || !GET_SECRET_VALUE.equals(target)) {
                error(exchange, 400, "UnknownOperationException", "only GetSecretValue is simulated");
            } else {
                getSecretValue(exchange, secretId);
            }
        }
    }

    private void getSecretValue(HttpExchange exchange, String secretId) throws IOException {
        if (secretId == null || !(strings.containsKey(secretId) || binaries.containsKey(secretId))) {
            error(exchange, 400, "ResourceNotFoundException", "Secrets Manager can't find the specified secret.");
            return;
        }
        ObjectNode answer = JSON.createObjectNode()
                .put("ARN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + secretId + "-AbCdEf")
                .put("Name", secretId)
                .put("VersionId", UUID.randomUUID().toString())
                .put("CreatedDate", 1.7640E9);
        answer.putArray("VersionStages").add("AWSCURRENT");
        if (strings.containsKey(secretId)) {
            answer.put("SecretString", strings.get(secretId));
        } else {
            answer.put("SecretBinary", Base64.getEncoder().encodeToString(binaries.get(secretId)));
        }
        respond(exchange, 200, answer);
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        respond(exchange, status, JSON.createObjectNode().put("__type", type).put("message", message));
    }

    private static void respond(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
