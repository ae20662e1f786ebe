package dev.orderrelay.console.audit;

import dev.orderrelay.ledger.audit.AuditEntry;

/**
 * One audit entry as the API shows it.
 *
 * @param at ISO-8601 UTC
 * @param note support's words for a discard; null for other actions
 */
record AuditEntryView(
        String id,
        String at,
        String actor,
        String action,
        String shop,
        String target,
        int count,
        String outcome,
        String note) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(
                entry.id(),
                entry.at().toString(),
                entry.actor(),
                entry.action(),
                entry.shop(),
                entry.target(),
                entry.count(),
                entry.outcome(),
                entry.note());
    }
}
