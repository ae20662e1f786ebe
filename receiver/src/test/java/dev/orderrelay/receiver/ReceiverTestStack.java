package dev.orderrelay.receiver;

import dev.orderrelay.devstack.Devstack;
import dev.orderrelay.devstack.fault.FaultProxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The shared devstack with a fault proxy in front of SQS and one in front of S3, so the receiver under test
 * talks to the real embedded servers through wires the tests can cut. One per test JVM, like the devstack.
 */
public final class ReceiverTestStack {

    public static final String CURRENT_SECRET = "receiver-test-current-secret";
    public static final String PREVIOUS_SECRET = "receiver-test-previous-secret";

    private static final Devstack DEVSTACK = Devstack.shared();
    private static final FaultProxy SQS = FaultProxy.to(DEVSTACK.sqsEndpoint());
    private static final FaultProxy S3 = FaultProxy.to(DEVSTACK.s3Endpoint());

    private ReceiverTestStack() {}

    public static Devstack devstack() {
        return DEVSTACK;
    }

    public static FaultProxy sqs() {
        return SQS;
    }

    public static FaultProxy s3() {
        return S3;
    }

    public static void healAll() {
        SQS.pass();
        S3.pass();
    }

    /** Spring properties that point the receiver at the devstack through the proxies. */
    public static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>(DEVSTACK.springCloudAwsProperties());
        properties.put("spring.cloud.aws.sqs.endpoint", SQS.endpoint().toString());
        properties.put("spring.cloud.aws.s3.endpoint", S3.endpoint().toString());
        properties.put("relay.shopify.app-secret", CURRENT_SECRET);
        properties.put("relay.shopify.previous-app-secret", PREVIOUS_SECRET);
        return properties;
    }

    /** Puts {@link #properties()} first in a test context's environment. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("receiver-test-stack", properties()));
        }
    }
}
