package dev.orderrelay.local.standalone;

import dev.orderrelay.ledger.spring.LedgerConfiguration;
import dev.orderrelay.local.DevstackLauncher;
import dev.orderrelay.local.LocalRunProperties;
import dev.orderrelay.local.LocalStoreRunner;
import dev.orderrelay.local.SimulatedDestinations;
import dev.orderrelay.local.SimulatorController;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The standalone devstack: ElasticMQ, DynamoDB Local and S3Proxy (behind fault proxies), the ledger's tables and the
 * demo shop, the fake peers and the simulated store (posting to {@code relay.local.store.webhook-url}), with the
 * simulator API on its own port ({@code /simulator/...}, 9099 by default). The roles run in processes of their own
 * against it: the production-like local topology (docs/topology.md). It imports no role: only the ledger, to create
 * the tables and configure the demo shop. Configured by {@code devstack.yaml}, which imports the local profile's dev
 * credentials and ports.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(LocalRunProperties.class)
@Import({
    LedgerConfiguration.class,
    SimulatedDestinations.class,
    LocalStoreRunner.class,
    SimulatorController.class,
    StoreBatches.class,
    StoreController.class,
    ProxiesController.class
})
public class StandaloneDevstackApplication {

    /** The configuration file's name: {@code devstack.yaml} (the one-process run's {@code application.yaml} is not read). */
    public static final String CONFIG_NAME = "devstack";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as main runs it: its own configuration file, the devstack started before the context. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(StandaloneDevstackApplication.class);
        application.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
        application.addListeners(new DevstackLauncher());
        return application;
    }
}
