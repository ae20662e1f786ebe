package dev.orderrelay.console.deadletters;

/** How a replay that was not refused ended. */
enum ReplayOutcome {
    /** Published to its queue again. */
    REPLAYED("replayed"),
    /** The destination had accepted it before: nothing was sent, and the event is marked replayed. */
    ALREADY_DELIVERED("already-delivered");

    private final String wireName;

    ReplayOutcome(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }
}
