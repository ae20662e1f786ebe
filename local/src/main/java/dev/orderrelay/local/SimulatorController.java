package dev.orderrelay.local;

import dev.orderrelay.devstack.destinations.EventFilter;
import dev.orderrelay.devstack.destinations.Fault;
import dev.orderrelay.devstack.destinations.RecordedEvent;
import dev.orderrelay.devstack.destinations.SimulatedPeer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated peers' API of DESIGN.md (devstack only): what each fake destination accepted, duplicates included
 * and flagged; faults to make one fail; and rejections of chosen orders, to play a destination refusing some events.
 */
@RestController
@RequestMapping("/simulator/destinations")
public class SimulatorController {

    private final SimulatedDestinations destinations;

    public SimulatorController(SimulatedDestinations destinations) {
        this.destinations = destinations;
    }

    /**
     * Every accepted event, of one kind or all, oldest first; {@code dropped} lists what a peer took and discarded.
     * With {@code payload=false} the events come without their bodies, for runs of thousands of orders.
     */
    @GetMapping("/events")
    ResponseEntity<Object> events(
            @RequestParam(required = false) String shop,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "true") boolean payload) {
        List<SimulatedPeer> peers;
        if (kind == null) {
            peers = List.copyOf(destinations.peers().values());
        } else {
            Optional<SimulatedPeer> peer = destinations.peer(kind);
            if (peer.isEmpty()) {
                return unknownKind(kind);
            }
            peers = List.of(peer.get());
        }
        List<RecordedEvent> events = new ArrayList<>();
        List<Object> dropped = new ArrayList<>();
        for (SimulatedPeer peer : peers) {
            events.addAll(peer.events(EventFilter.ANY.withShop(shop)));
            peer.dropped().stream()
                    .filter(drop -> shop == null || shop.equals(drop.shop()))
                    .forEach(dropped::add);
        }
        events.sort(Comparator.comparing(RecordedEvent::receivedAt));
        if (!payload) {
            return ResponseEntity.ok(
                    Map.of("events", events.stream().map(EventSummary::of).toList(), "dropped", dropped));
        }
        return ResponseEntity.ok(Map.of("events", events, "dropped", dropped));
    }

    @PostMapping("/{kind}/faults")
    ResponseEntity<Object> setFault(@PathVariable String kind, @RequestBody String body) {
        Optional<SimulatedPeer> peer = destinations.peer(kind);
        if (peer.isEmpty()) {
            return unknownKind(kind);
        }
        try {
            Fault fault = Fault.fromJson(body);
            peer.get().setFault(fault);
            return ResponseEntity.ok(fault);
        } catch (IllegalArgumentException e) {
            return badRequest("invalid-fault", e.getMessage());
        }
    }

    @DeleteMapping("/{kind}/faults")
    ResponseEntity<Object> clearFault(@PathVariable String kind) {
        Optional<SimulatedPeer> peer = destinations.peer(kind);
        if (peer.isEmpty()) {
            return unknownKind(kind);
        }
        peer.get().clearFault();
        return ResponseEntity.noContent().build();
    }

    /** Makes the peer refuse these orders' events, as the real service refuses an invalid event: {@code {"orders": ["id", ...], "reason": "..."}}. */
    @PostMapping("/{kind}/rejections")
    ResponseEntity<Object> reject(@PathVariable String kind, @RequestBody Rejections rejections) {
        Optional<SimulatedPeer> peer = destinations.peer(kind);
        if (peer.isEmpty()) {
            return unknownKind(kind);
        }
        if (rejections == null
                || rejections.orders() == null
                || rejections.orders().isEmpty()) {
            return badRequest("invalid-rejection", "orders must list at least one order id");
        }
        String reason = rejections.reason() == null || rejections.reason().isBlank()
                ? "rejected by the simulator"
                : rejections.reason();
        peer.get().rejectOrders(new HashSet<>(rejections.orders()), reason);
        return ResponseEntity.ok(Map.of("kind", kind, "orders", new TreeSet<>(rejections.orders()), "reason", reason));
    }

    @DeleteMapping("/{kind}/rejections")
    ResponseEntity<Object> clearRejections(@PathVariable String kind) {
        Optional<SimulatedPeer> peer = destinations.peer(kind);
        if (peer.isEmpty()) {
            return unknownKind(kind);
        }
        peer.get().clearRejections();
        return ResponseEntity.noContent().build();
    }

    /** An accepted event without its payload. */
    record EventSummary(
            String kind,
            String destination,
            String shop,
            String key,
            String orderId,
            String event,
            String type,
            boolean duplicate,
            Instant receivedAt) {

        static EventSummary of(RecordedEvent event) {
            return new EventSummary(
                    event.kind(),
                    event.destination(),
                    event.shop(),
                    event.key(),
                    event.orderId(),
                    event.event(),
                    event.type(),
                    event.duplicate(),
                    event.receivedAt());
        }
    }

    /** The body of a rejection. */
    record Rejections(Set<String> orders, String reason) {}

    private ResponseEntity<Object> unknownKind(String kind) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND,
                "no simulated destination of kind '" + kind + "'; this run has: "
                        + String.join(", ", new TreeSet<>(destinations.peers().keySet())));
        problem.setProperty("code", "unknown-destination-kind");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static ResponseEntity<Object> badRequest(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("code", code);
        return ResponseEntity.badRequest().body(problem);
    }
}
