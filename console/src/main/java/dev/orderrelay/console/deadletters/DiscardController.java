package dev.orderrelay.console.deadletters;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * discarded with who, when and why, and audits it. The reason is required (1-{@value DeadLetterActions#MAX_REASON}
 * characters, not only spaces): 400 {@code invalid-discard} naming {@code reason} otherwise. Only a parked event can
 * be discarded: 409 {@code not-parked}.
 */
@RestController
class DiscardController {

    static final int MAX_REASON = DeadLetterActions.MAX_REASON;

    private final DeadLetterActions actions;

    DiscardController(DeadLetterActions actions) {
        this.actions = actions;
    }

    @PostMapping("/api/dead-letters/{id}/discard")
    Map<String, Object> discard(@PathVariable String id, @RequestBody(required = false) JsonNode body, Principal user) {
        JsonNode reason = body == null ? null : body.get("reason");
        if (reason == null || !reason.isString()) {
            throw DeadLetterActions.missingReason();
        }
        DeadLetterView discarded = actions.discard(id, reason.stringValue(), user.getName());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", discarded.id());
        answer.put("outcome", "discarded");
        answer.put("deadLetter", discarded);
        return answer;
    }

    /** A body that is not JSON at all misses its reason too, answered with the same code. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        InvalidFieldException invalid = DeadLetterActions.missingReason();
        return ResponseEntity.status(invalid.status()).body(invalid.toProblem());
    }
}
