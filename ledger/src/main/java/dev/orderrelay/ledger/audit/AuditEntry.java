package dev.orderrelay.ledger.audit;

import java.time.Instant;

/**
 * One action of a console user, as the audit trail keeps it.
 *
 * @param id time-ordered: {@code <13-digit epoch millis>-<random>}
 * @param actor the authenticated console user's name
 * @param action what was done, e.g. {@code replay}, {@code discard}, {@code shop-config}
 * @param shop the shop acted on
 * @param target what exactly: a dead letter's id, a filter as text, a shop; never customer data
 * @param count how many events the action sent again, discarded or (a dry run) counted; 0 for a refusal, a replay
 *     that found the event already delivered, or a change that is not about events
 * @param outcome how it ended, e.g. {@code replayed}, {@code already-delivered}, {@code refused: not-parked}
 * @param note support's own words where the action takes them (a discard's reason); null otherwise
 */
public record AuditEntry(
        String id,
        Instant at,
        String actor,
        String action,
        String shop,
        String target,
        int count,
        String outcome,
        String note) {}
