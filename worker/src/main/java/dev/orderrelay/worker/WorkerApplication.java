package dev.orderrelay.worker;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Runs the worker role on its own, as its production pods do. */
@SpringBootApplication(scanBasePackageClasses = WorkerApplication.Nothing.class)
@Import(WorkerConfiguration.class)
public class WorkerApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(WorkerApplication.class);
        application.setDefaultProperties(Map.of(
                "logging.structured.format.console", "ecs",
                // HttpClient's header and wire loggers would print webhook signatures at debug.
                "logging.level.org.apache.hc.client5.http.headers", "off",
                "logging.level.org.apache.hc.client5.http.wire", "off"));
        application.run(args);
    }

    /** Scanning is done by {@link WorkerConfiguration}. */
    static final class Nothing {}
}
