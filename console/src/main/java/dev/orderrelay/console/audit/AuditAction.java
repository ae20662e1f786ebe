package dev.orderrelay.console.audit;

/** What a console user did, as the audit trail names it. */
public enum AuditAction {
    /** Replayed one dead letter. */
    REPLAY("replay"),
    /** Counted a filter's worth of dead letters without replaying them. */
    REPLAY_DRY_RUN("replay-dry-run"),
    /** Started, or finished, a replay job over a filter's worth of dead letters. */
    REPLAY_FILTER("replay-filter"),
    /** Discarded one dead letter with a reason. */
    DISCARD("discard"),
    /** Replaced a shop's configuration. */
    SHOP_CONFIG("shop-config"),
    /** Asked for a reconciliation run of one shop, or of every active shop, over a window of hours. */
    RECONCILIATION("reconciliation"),
    /** Read the export answering a customer's data request (their personal data, unmasked). */
    DATA_REQUEST_READ("data-request-read");

    private final String wireName;

    AuditAction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
