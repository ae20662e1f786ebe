package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.audit.AuditAction;
import dev.orderrelay.console.audit.AuditTrail;
import dev.orderrelay.console.problems.ConsoleApiException;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replays or discards one dead letter for a console user, audited either way, refusals included: what the API's
 * {@code POST /api/dead-letters/{id}/replay} and {@code /discard} and the detail page's buttons all do, so a page and
 * a tool act, refuse and leave the same trail alike.
 */
@Component
class DeadLetterActions {

    static final String REPLAY_NOTE = "replayed";
    static final int MAX_REASON = 500;

    private static final Logger log = LoggerFactory.getLogger(DeadLetterActions.class);

    private final ParkedEvents parked;
    private final DeadLetterReplayer replayer;
    private final AuditTrail audit;

    DeadLetterActions(ParkedEvents parked, DeadLetterReplayer replayer, AuditTrail audit) {
        this.parked = parked;
        this.replayer = replayer;
        this.audit = audit;
    }

    /**
     * What a replay did.
     *
     * @param deadLetter the dead letter as now stored; null if it is gone meanwhile
     */
    record Replayed(String id, ReplayOutcome outcome, DeadLetterView deadLetter) {}

    /** Replays the dead letter {@code id} as {@code user}; refusals are {@link ConsoleApiException}s, audited. */
    Replayed replay(String id, String user) {
        ParkedEvent event = find(id);
        String target = DeadLetterId.of(event).toString();
        ReplayOutcome outcome;
        try {
            outcome = replayer.replay(event, user, REPLAY_NOTE);
        } catch (ConsoleApiException refused) {
            audit.record(user, AuditAction.REPLAY, event.shop(), target, 0, outcomeOf(refused), null);
            throw refused;
        }
        audit.record(
                user,
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
                user);
        return new Replayed(
                target,
                outcome,
                parked.find(event.shop(), event.id()).map(DeadLetterView::of).orElse(null));
    }

    /**
     * Discards the dead letter {@code id} as {@code user} with {@code reason} (support's words, required): 400
     * {@code invalid-discard} naming {@code reason} when it is missing or too long, 409 {@code not-parked} when
     * someone acted on it first. Returns the dead letter as now stored.
     */
    DeadLetterView discard(String id, String reason, String user) {
        String why = reason(reason);
        ParkedEvent event = find(id);
        String target = DeadLetterId.of(event).toString();
        ParkedEvent discarded = parked.resolve(event.shop(), event.id(), ParkedStatus.DISCARDED, user, why)
                .orElseThrow(() -> {
                    NotParkedException refused = new NotParkedException(
                            parked.find(event.shop(), event.id()).orElse(event));
                    audit.record(user, AuditAction.DISCARD, event.shop(), target, 0, outcomeOf(refused), why);
                    return refused;
                });
        audit.record(user, AuditAction.DISCARD, event.shop(), target, 1, "discarded", why);
        log.info(
                "dead letter discarded shop={} orderId={} stage={} by={}",
                event.shop(),
                event.orderId(),
                event.stage(),
                user);
        return DeadLetterView.of(discarded);
    }

    /** The parked event an id names; 404 {@code dead-letter-not-found} otherwise. */
    ParkedEvent find(String id) {
        DeadLetterId parsed = DeadLetterId.parse(id);
        return parked.find(parsed.shop(), parsed.parkedId()).orElseThrow(() -> new DeadLetterNotFoundException(id));
    }

    /** A refusal as the audit trail's outcome, e.g. {@code refused: not-parked}. */
    static String outcomeOf(ConsoleApiException refused) {
        return (refused.status().is5xxServerError() ? "failed: " : "refused: ") + refused.code();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw missingReason();
        }
        String text = reason.strip();
        if (text.length() > MAX_REASON) {
            throw new InvalidFieldException(
                    "invalid-discard", "reason", "must be at most " + MAX_REASON + " characters, got " + text.length());
        }
        return text;
    }

    /** Why a discard without a reason is refused, in the API's words. */
    static InvalidFieldException missingReason() {
        return new InvalidFieldException(
                "invalid-discard",
                "reason",
                "is required: send {\"reason\": \"why this event is not needed\"}, 1-" + MAX_REASON + " characters");
    }
}
