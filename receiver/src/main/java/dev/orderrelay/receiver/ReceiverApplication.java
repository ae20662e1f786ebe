package dev.orderrelay.receiver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Runs the receiver role on its own, as its production pods do. */
@SpringBootApplication(scanBasePackageClasses = ReceiverApplication.Nothing.class)
@Import(ReceiverConfiguration.class)
public class ReceiverApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReceiverApplication.class, args);
    }

    /** Scanning is done by {@link ReceiverConfiguration}; this keeps the application class from scanning twice. */
    static final class Nothing {}
}
