package dev.orderrelay.worker.activity;

/** Where the stages count what they did, for the live overview. Counting never fails and never blocks. */
public interface ActivityTally {

    /** Counts nothing: for stages built without the live overview (tests of a stage alone). */
    ActivityTally NONE = new ActivityTally() {
        @Override
        public void received(String shop) {}

        @Override
        public void processed(String shop) {}

        @Override
        public void delivered(String kind) {}
    };

    /** The process stage took a message of {@code shop} from the ingest queue. */
    void received(String shop);

    /** The process stage processed an order payload of {@code shop} to the end. */
    void processed(String shop);

    /** A destination of kind {@code kind} accepted an event. */
    void delivered(String kind);
}
