package dev.orderrelay.console;

import dev.orderrelay.console.security.StatelessBasicAuthentication;
import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Runs the console role on its own, as its production pods do. Scanning is left to {@link ConsoleConfiguration}
 * (which skips this class), so the one-process local run can import the console without the catch-all security
 * below locking the receiver's and the simulator's paths.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ConsoleConfiguration.class)
public class ConsoleApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ConsoleApplication.class);
        // Structured JSON logs in production; logging is configured before @PropertySource defaults load.
        application.setDefaultProperties(Map.of("logging.structured.format.console", "ecs"));
        application.run(args);
    }

    /**
     * Everything outside {@code /api} and {@code /console} in a console pod: the health probes are open (the kubelet
     * has no credentials), so are error pages of requests already authorised, and every other path, actuator
     * included, needs a configured user.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain consoleEverythingElse(HttpSecurity http, StatelessBasicAuthentication basic) throws Exception {
        return basic.applyTo(http)
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        // The error page of a request another chain already let through (a page's 404, say): on the
                        // ERROR dispatch this stateless chain would not see the page's session and would answer a
                        // signed-in browser with a Basic password prompt instead of the error.
                        .dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .build();
    }
}
