package dev.orderrelay.reconciler;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Runs the reconciler role on its own, as its production pod does. */
@SpringBootApplication(scanBasePackageClasses = ReconcilerApplication.Nothing.class)
@Import(ReconcilerConfiguration.class)
public class ReconcilerApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ReconcilerApplication.class);
        application.setDefaultProperties(Map.of("logging.structured.format.console", "ecs"));
        application.run(args);
    }

    /** Scanning is done by {@link ReconcilerConfiguration}. */
    static final class Nothing {}
}
