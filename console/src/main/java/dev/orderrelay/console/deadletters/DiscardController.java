package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.audit.AuditAction;
import dev.orderrelay.console.audit.AuditTrail;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/dead-letters/{id}/discard} with {@code {"reason": "..."}} (support): marks a parked event
 * discarded with who, when and why, and audits it. The reason is required (1-{@value #MAX_REASON} characters,
 * not only spaces): 400 {@code invalid-discard} naming {@code reason} otherwise. Only a parked event can be
 * discarded: 409 {@code not-parked}.
 */
@RestController
class DiscardController {

    static final int MAX_REASON = 500;

    private static final Logger log = LoggerFactory.getLogger(DiscardController.class);

    private final ParkedEvents parked;
    private final AuditTrail audit;

    DiscardController(ParkedEvents parked, AuditTrail audit) {
        this.parked = parked;
        this.audit = audit;
    }

    @PostMapping("/api/dead-letters/{id}/discard")
    Map<String, Object> discard(@PathVariable String id, @RequestBody(required = false) JsonNode body, Principal user) {
        String reason = reason(body);
        ParkedEvent event = DeadLetterController.find(parked, id);
        String target = DeadLetterId.of(event).toString();
        ParkedEvent discarded = parked.resolve(event.shop(), event.id(), ParkedStatus.DISCARDED, user.getName(), reason)
                .orElseThrow(() -> {
                    NotParkedException refused = new NotParkedException(
                            parked.find(event.shop(), event.id()).orElse(event));
                    audit.record(
                            user.getName(),
                            AuditAction.DISCARD,
                            event.shop(),
                            target,
                            0,
                            ReplayController.outcomeOf(refused),
                            reason);
                    return refused;
                });
        audit.record(user.getName(), AuditAction.DISCARD, event.shop(), target, 1, "discarded", reason);
        log.info(
                "dead letter discarded shop={} orderId={} stage={} by={}",
                event.shop(),
                event.orderId(),
                event.stage(),
                user.getName());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", target);
        answer.put("outcome", "discarded");
        answer.put("deadLetter", DeadLetterView.of(discarded));
        return answer;
    }

    /** A body that is not JSON at all misses its reason too, answered with the same code. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        InvalidFieldException invalid = missingReason();
        return ResponseEntity.status(invalid.status()).body(invalid.toProblem());
    }

    private static String reason(JsonNode body) {
        JsonNode reason = body == null ? null : body.get("reason");
        if (reason == null || !reason.isString() || reason.stringValue().isBlank()) {
            throw missingReason();
        }
        String text = reason.stringValue().strip();
        if (text.length() > MAX_REASON) {
            throw new InvalidFieldException(
                    "invalid-discard", "reason", "must be at most " + MAX_REASON + " characters, got " + text.length());
        }
        return text;
    }

    private static InvalidFieldException missingReason() {
        return new InvalidFieldException(
                "invalid-discard",
                "reason",
                "is required: send {\"reason\": \"why this event is not needed\"}, 1-" + MAX_REASON + " characters");
    }
}
