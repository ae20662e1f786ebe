package dev.orderrelay.local.standalone;

import dev.orderrelay.devstack.fault.FaultMode;
import dev.orderrelay.local.DevstackProxies;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fault proxies in front of SQS, DynamoDB and S3 (docs/topology.md): {@code POST /simulator/proxies/{name}} with
 * {@code {"mode": "refuse|hang|delay|pass", "seconds": 30, "delayMillis": 200}}; {@code DELETE} passes again.
 */
@RestController
@RequestMapping("/simulator/proxies")
public class ProxiesController {

    private final DevstackProxies proxies;

    ProxiesController(DevstackProxies proxies) {
        this.proxies = proxies;
    }

    @GetMapping
    ResponseEntity<Object> list() {
        return ResponseEntity.ok(proxies.describe());
    }

    @PostMapping("/{name}")
    ResponseEntity<Object> set(@PathVariable String name, @RequestBody ProxyRequest request) {
        if (proxies.proxy(name).isEmpty()) {
            return unknown(name);
        }
        if (request == null || request.mode() == null) {
            return badRequest("mode is required: refuse, hang, delay or pass");
        }
        FaultMode mode;
        try {
            mode = FaultMode.valueOf(request.mode().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return badRequest("mode must be one of refuse, hang, delay, pass; got '" + request.mode() + "'");
        }
        if (mode == FaultMode.DELAY && (request.delayMillis() == null || request.delayMillis() < 0)) {
            return badRequest("delayMillis (0 or more) is required when mode is delay");
        }
        if (request.seconds() != null && request.seconds() < 1) {
            return badRequest("seconds must be at least 1 (leave it out: until cleared)");
        }
        Duration delay = Duration.ofMillis(request.delayMillis() == null ? 0 : request.delayMillis());
        proxies.set(name, mode, delay, Optional.ofNullable(request.seconds()).map(Duration::ofSeconds));
        return ResponseEntity.ok(proxies.describe().get(name));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<Object> clear(@PathVariable String name) {
        if (proxies.proxy(name).isEmpty()) {
            return unknown(name);
        }
        proxies.set(name, FaultMode.PASS, Duration.ZERO, Optional.empty());
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<Object> unknown(String name) {
        String detail = proxies.names().isEmpty()
                ? "no fault proxies in this devstack (relay.local.devstack.fault-proxies=false)"
                : "no fault proxy '" + name + "'; this devstack has: "
                        + String.join(", ", new TreeSet<>(proxies.names()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setProperty("code", "unknown-proxy");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static ResponseEntity<Object> badRequest(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("code", "invalid-proxy-fault");
        return ResponseEntity.badRequest().body(problem);
    }

    /** The body of a proxy switch. */
    record ProxyRequest(String mode, Integer seconds, Integer delayMillis) {}
}
