package dev.orderrelay.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The console on a random port of 127.0.0.1 against {@link ConsoleTestStack}. Every class using it shares one
 * Spring context, so tests keep apart by their own shop domains and order ids. {@link DynamoDbCalls} records the
 * ledger calls of every request, for the no-scan guard.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = {ConsoleApplication.class, DynamoDbCalls.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "logging.level.dev.orderrelay=debug"})
@ContextConfiguration(initializers = ConsoleTestStack.Initializer.class)
public @interface ConsoleIntegrationTest {}
