package dev.orderrelay.console.pages;

/**
 * Which pages need more than the viewer role; the page security chain reads these, and each feature's pages stay
 * under the paths named here. Kept in one place so that a new page's rule is decided when the page is added.
 */
final class ConsolePages {

    /**
     * Reads that name staff or show a message that may hold customer data (masked by a deny-list, a best effort):
     * the audit trail, one dead letter's detail ({@code /console/dead-letters/{id}}) and replay job progress
     * ({@code /console/dead-letters/replays/{jobId}}); the list of dead letters ({@code /console/dead-letters}) is a
     * viewer's. The same reads are support's in the API.
     */
    static final String[] SUPPORT_READS = {
        ConsolePaths.ROOT + "/audit",
        ConsolePaths.ROOT + "/audit/**",
        ConsolePaths.ROOT + "/dead-letters/*",
        ConsolePaths.ROOT + "/dead-letters/*/**"
    };

    /** Replays and discards of dead letters, and reconciliation runs (they spend Admin API points). */
    static final String[] SUPPORT_ACTIONS = {
        ConsolePaths.ROOT + "/dead-letters/**",
        ConsolePaths.ROOT + "/reconciliations",
        ConsolePaths.ROOT + "/reconciliations/**"
    };

    private ConsolePages() {}
}
