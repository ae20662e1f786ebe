package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.audit.AuditAction;
import dev.orderrelay.console.audit.AuditTrail;
import dev.orderrelay.console.problems.ConsoleApiException;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dead-letters/{id}/replay} (support): replays one dead letter and answers what happened,
 * {@code replayed} or {@code already-delivered}; refusals are problems ({@code not-parked}, {@code not-replayable},
 * {@code queue-unavailable}). Every attempt on an existing dead letter is audited, refusals included.
 */
@RestController
class ReplayController {

    static final String NOTE = "replayed";

    private static final Logger log = LoggerFactory.getLogger(ReplayController.class);

    private final ParkedEvents parked;
    private final DeadLetterReplayer replayer;
    private final AuditTrail audit;

    ReplayController(ParkedEvents parked, DeadLetterReplayer replayer, AuditTrail audit) {
        this.parked = parked;
        this.replayer = replayer;
        this.audit = audit;
    }

    @PostMapping("/api/dead-letters/{id}/replay")
    Map<String, Object> replay(@PathVariable String id, Principal user) {
        ParkedEvent event = DeadLetterController.find(parked, id);
        String target = DeadLetterId.of(event).toString();
        ReplayOutcome outcome;
        try {
            outcome = replayer.replay(event, user.getName(), NOTE);
        } catch (ConsoleApiException refused) {
            audit.record(user.getName(), AuditAction.REPLAY, event.shop(), target, 0, outcomeOf(refused), null);
            throw refused;
        }
        audit.record(
                user.getName(),
                AuditAction.REPLAY,
                event.shop(),
                target,
                outcome == ReplayOutcome.REPLAYED ? 1 : 0,
                outcome.wireName(),
                null);
        log.info(
                "dead letter replay shop={} orderId={} stage={} outcome={} by={}",
                event.shop(),
                event.orderId(),
                event.stage(),
                outcome.wireName(),
                user.getName());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", target);
        answer.put("outcome", outcome.wireName());
        answer.put(
                "deadLetter",
                parked.find(event.shop(), event.id()).map(DeadLetterView::of).orElse(null));
        return answer;
    }

    static String outcomeOf(ConsoleApiException refused) {
        return (refused.status().is5xxServerError() ? "failed: " : "refused: ") + refused.code();
    }
}
