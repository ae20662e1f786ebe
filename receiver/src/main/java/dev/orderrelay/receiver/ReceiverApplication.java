package dev.orderrelay.receiver;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Runs the receiver role on its own, as its production pods do. */
@SpringBootApplication(scanBasePackageClasses = ReceiverApplication.Nothing.class)
@Import(ReceiverConfiguration.class)
public class ReceiverApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ReceiverApplication.class);
        // Structured JSON logs in production; logging is configured before @PropertySource defaults load.
        application.setDefaultProperties(Map.of("logging.structured.format.console", "ecs"));
        application.run(args);
    }

    /** Scanning is done by {@link ReceiverConfiguration}; this keeps the application class from scanning twice. */
    static final class Nothing {}
}
