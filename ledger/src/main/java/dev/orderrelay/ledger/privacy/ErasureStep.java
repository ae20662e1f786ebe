package dev.orderrelay.ledger.privacy;

/**
 * One part of erasing a shop ({@code shop/redact}): the shop's items of one table, or one store. Steps are idempotent
 * and resumable: a run cut short (a crash, a timeout) is simply run again and removes what is left.
 */
public interface ErasureStep {

    /** What the step erases, as the audit entry names it, e.g. {@code orders}. */
    String name();

    /** Removes everything of {@code shop} the step covers and returns how many items it removed. */
    int erase(String shop);
}
