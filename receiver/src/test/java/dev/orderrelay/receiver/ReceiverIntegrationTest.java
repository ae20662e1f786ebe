package dev.orderrelay.receiver;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The receiver on a random port against {@link ReceiverTestStack}. Every class using it with the same settings
 * shares one Spring context. The short deadline keeps fault tests quick; everything else is the default.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = ReceiverApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "relay.receiver.enqueue-deadline=1s",
            "logging.level.dev.orderrelay=debug"
        })
@ContextConfiguration(initializers = ReceiverTestStack.Initializer.class)
public @interface ReceiverIntegrationTest {}
