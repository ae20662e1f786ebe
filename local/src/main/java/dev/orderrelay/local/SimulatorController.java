package dev.orderrelay.local;

import dev.orderrelay.devstack.destinations.EventFilter;
import dev.orderrelay.devstack.destinations.FakeWebhookDestination;
import dev.orderrelay.devstack.destinations.Fault;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated peers' API of DESIGN.md (devstack only): what each fake destination accepted, duplicates included
 * and flagged, and faults to make it fail.
 */
@RestController
@RequestMapping("/simulator/destinations")
class SimulatorController {

    private final SimulatedDestinations destinations;

    SimulatorController(SimulatedDestinations destinations) {
        this.destinations = destinations;
    }

    @GetMapping("/events")
    Map<String, List<RecordedEvent>> events(
            @RequestParam(required = false) String shop, @RequestParam(required = false) String kind) {
        if (kind != null && !FakeWebhookDestination.KIND.equals(kind)) {
            return Map.of("events", List.of());
        }
        return Map.of("events", destinations.webhook().events(EventFilter.ANY.withShop(shop)));
    }

    @PostMapping("/{kind}/faults")
    ResponseEntity<Object> setFault(@PathVariable String kind, @RequestBody String body) {
        if (!FakeWebhookDestination.KIND.equals(kind)) {
            return unknownKind(kind);
        }
        try {
            Fault fault = Fault.fromJson(body);
            destinations.webhook().setFault(fault);
            return ResponseEntity.ok(fault);
        } catch (IllegalArgumentException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            problem.setProperty("code", "invalid-fault");
            return ResponseEntity.badRequest().body(problem);
        }
    }

    @DeleteMapping("/{kind}/faults")
    ResponseEntity<Object> clearFault(@PathVariable String kind) {
        if (!FakeWebhookDestination.KIND.equals(kind)) {
            return unknownKind(kind);
        }
        destinations.webhook().clearFault();
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Object> unknownKind(String kind) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "no simulated destination of kind '" + kind + "'; this run has: webhook");
        problem.setProperty("code", "unknown-destination-kind");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
