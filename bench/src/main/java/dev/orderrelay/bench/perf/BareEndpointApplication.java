package dev.orderrelay.bench.perf;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bare-endpoint baseline: {@code POST /webhooks/shopify} reads the body and answers 200, on the receiver's server
 * stack (Spring Boot MVC on Tomcat, virtual threads on). Started by the benchmark as its own process with the
 * benchmark's classpath; only the web auto-configurations are imported, since that classpath holds every role.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class
})
@Import(BareEndpointApplication.Endpoint.class)
public class BareEndpointApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BareEndpointApplication.class);
        application.setDefaultProperties(Map.of("spring.threads.virtual.enabled", "true"));
        application.run(args);
    }

    /** The endpoint: the body is read, as the receiver reads it, and dropped. */
    @RestController
    static class Endpoint {

        @PostMapping("/webhooks/shopify")
        ResponseEntity<Void> receive(HttpServletRequest request) throws IOException {
            request.getInputStream().readAllBytes();
            return ResponseEntity.ok().build();
        }
    }
}
