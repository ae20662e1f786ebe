package dev.orderrelay.console.security;

import dev.orderrelay.console.ConsoleApplication;
import dev.orderrelay.console.ConsoleTestStack;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * The console as production runs it with an identity provider: the test users of {@link ConsoleTestStack} plus an
 * OIDC registration and a JWT resource server, both pointing at {@link TestIdentityProvider}. Classes using it share
 * one Spring context (apart from {@code ConsoleIntegrationTest}'s).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = ConsoleApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1"})
@ContextConfiguration(initializers = OidcIntegrationTest.Initializer.class)
public @interface OidcIntegrationTest {

    /** The test stack's properties and the identity provider's, first in the environment. */
    final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var properties = ConsoleTestStack.properties();
            properties.putAll(TestIdentityProvider.shared().springProperties());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("console-oidc", properties));
        }
    }
}
