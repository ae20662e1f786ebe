package dev.orderrelay.devstack.aws;

import java.net.URI;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

/** S3Proxy with an in-memory blob store, speaking the S3 protocol (path-style) on 127.0.0.1. */
public final class EmbeddedS3 implements AutoCloseable {

    private static final int START_POLLS = 500;

    private final S3Proxy proxy;
    private final URI endpoint;

    private EmbeddedS3(S3Proxy proxy) {
        this.proxy = proxy;
        this.endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** Starts on {@code port}, or on a free port when it is 0, accepting only {@code credentials}. */
    public static EmbeddedS3 start(int port, DevstackCredentials credentials) {
        Properties properties = new Properties();
        properties.setProperty("jclouds.identity", credentials.accessKeyId());
        properties.setProperty("jclouds.credential", credentials.secretAccessKey());
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(BlobStores.create("transient", properties))
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(
                        AuthenticationType.AWS_V2_OR_V4, credentials.accessKeyId(), credentials.secretAccessKey())
                .stopTimeout(0)
                .build();
        try {
            proxy.start();
            awaitStarted(proxy);
        } catch (Exception e) {
            throw new DevstackStartException("S3Proxy did not start on 127.0.0.1:" + port, e);
        }
        return new EmbeddedS3(proxy);
    }

    private static void awaitStarted(S3Proxy proxy) throws InterruptedException {
        for (int i = 0; i < START_POLLS && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(10);
        }
        if (!"STARTED".equals(proxy.getState())) {
            throw new DevstackStartException("S3Proxy is still " + proxy.getState() + " after 5 s", null);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop cleanly", e);
        }
    }
}
