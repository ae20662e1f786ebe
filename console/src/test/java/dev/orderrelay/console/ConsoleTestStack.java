package dev.orderrelay.console;

import dev.orderrelay.devstack.Devstack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The console's test settings: the shared devstack's DynamoDB Local, ledger tables under a prefix of their own (so
 * runs and other modules' tests never meet), replay queues of their own on its ElasticMQ (see
 * {@link ConsoleQueues}), small replay pages (so a few dozen dead letters span several), and one user per role. The
 * admin's password is bcrypt-encoded, the others are {@code {noop}}, so both encodings are exercised.
 */
public final class ConsoleTestStack {

    public static final String VIEWER = "viewer";
    public static final String VIEWER_PASSWORD = "viewer-pw-5c1e8a";
    public static final String SUPPORT = "support";
    public static final String SUPPORT_PASSWORD = "support-pw-93d0f2";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-pw-7b24c6";
    /** Computed once per JVM; cost 4 keeps the tests quick and still goes through bcrypt. */
    public static final String ADMIN_ENCODED = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(ADMIN_PASSWORD);

    private static final String TABLE_PREFIX = freshTablePrefix();

    /** Parked events per ledger page in replay jobs: small, so the tests' jobs read several pages. */
    public static final int REPLAY_PAGE_SIZE = 10;

    private ConsoleTestStack() {}

    /** A table prefix no other test context uses. */
    public static String freshTablePrefix() {
        return "console-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    /** Spring properties for a console on the devstack with the three test users. */
    public static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>(Devstack.shared().springCloudAwsProperties());
        properties.put("relay.ledger.table-prefix", TABLE_PREFIX);
        properties.put("relay.ledger.create-tables", "true");
        // DynamoDB Local logs every request at INFO once Spring Boot's logging takes over: thousands of lines.
        properties.put("logging.level.com.amazonaws.services.dynamodbv2", "warn");
        properties.putAll(ConsoleQueues.properties());
        properties.put("relay.console.replay.page-size", Integer.toString(REPLAY_PAGE_SIZE));
        properties.put("relay.console.users[0].name", VIEWER);
        properties.put("relay.console.users[0].password", "{noop}" + VIEWER_PASSWORD);
        properties.put("relay.console.users[0].roles", "viewer");
        properties.put("relay.console.users[1].name", SUPPORT);
        properties.put("relay.console.users[1].password", "{noop}" + SUPPORT_PASSWORD);
        properties.put("relay.console.users[1].roles", "support");
        properties.put("relay.console.users[2].name", ADMIN);
        properties.put("relay.console.users[2].password", ADMIN_ENCODED);
        properties.put("relay.console.users[2].roles", "admin");
        return properties;
    }

    /** Puts {@link #properties()} first in a test context's environment. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("console-test-stack", properties()));
        }
    }
}
