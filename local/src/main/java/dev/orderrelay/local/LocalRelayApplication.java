package dev.orderrelay.local;

import dev.orderrelay.console.ConsoleConfiguration;
import dev.orderrelay.receiver.ReceiverConfiguration;
import dev.orderrelay.reconciler.ReconcilerConfiguration;
import dev.orderrelay.worker.WorkerConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The whole pipeline in one JVM: {@code ./mvnw -pl local -am spring-boot:run}. It scans this package, not the
 * standalone devstack's nor the topology launcher's, which are apps of their own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
            @ComponentScan.Filter(
                    type = FilterType.REGEX,
                    pattern = "dev\\.orderrelay\\.local\\.(standalone|topology)\\..*")
        })
@Import({
    ReceiverConfiguration.class,
    WorkerConfiguration.class,
    ConsoleConfiguration.class,
    ReconcilerConfiguration.class
})
@EnableConfigurationProperties(LocalRunProperties.class)
public class LocalRelayApplication {

    public static final String LOCAL_PROFILE = "local";

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application as main runs it: local profile on, devstack started before the context. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(LocalRelayApplication.class);
        application.setAdditionalProfiles(LOCAL_PROFILE);
        application.addListeners(new DevstackLauncher());
        return application;
    }
}
