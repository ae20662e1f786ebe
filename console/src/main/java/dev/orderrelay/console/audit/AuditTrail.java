package dev.orderrelay.console.audit;

import dev.orderrelay.ledger.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records what console users do. The action has happened by the time it is recorded, so a ledger failure here
 * does not turn a done action into an error answer: the entry goes to the log instead, at error, with everything
 * but support's free-text note, where the alarm on error logs finds it.
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

    private final AuditLog audit;

    AuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * Records one action.
     *
     * @param target what exactly: a dead letter's id, a filter as text, a shop; never customer data
     * @param count how many events the action sent again, discarded or counted; 0 when it acted on none
     * @param outcome how it ended, e.g. {@code replayed} or {@code refused: not-parked}
     * @param note support's own words where the action takes them (a discard's reason); null otherwise
     */
    public void record(
            String actor, AuditAction action, String shop, String target, int count, String outcome, String note) {
        try {
            audit.record(new AuditLog.Recording(actor, action.wireName(), shop, target, count, outcome, note));
        } catch (RuntimeException e) {
            log.error(
                    "audit entry not written, recorded here instead: actor={} action={} shop={} target={} count={}"
                            + " outcome={} error={}",
                    actor,
                    action.wireName(),
                    shop,
                    target,
                    count,
                    outcome,
                    e.toString());
        }
    }
}
