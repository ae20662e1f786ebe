package dev.orderrelay.console.overview;

import java.util.List;

/**
 * Orders and deliveries per minute over the last hour, as the workers flushed them.
 *
 * @param minutes the 60 minutes shown, oldest first (ISO-8601 UTC); every series has one value per minute
 * @param byStore orders processed per minute, one series per store (the busiest stores; the rest summed as
 *     {@value LiveActivity#OTHER_STORES})
 * @param byDestination events delivered per minute, one series per destination kind
 * @param stores each store's received and processed orders over the hour, busiest first
 */
public record LiveView(
        List<String> minutes, List<Series> byStore, List<Series> byDestination, List<StoreTotals> stores) {

    public LiveView {
        minutes = List.copyOf(minutes);
        byStore = List.copyOf(byStore);
        byDestination = List.copyOf(byDestination);
        stores = List.copyOf(stores);
    }

    /** One line of a chart. */
    public record Series(String name, List<Long> values) {

        public Series {
            values = List.copyOf(values);
        }

        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * A store's hour.
     *
     * @param received messages of the store the process stage took from the ingest queue (every topic)
     * @param processed order payloads processed to the end
     * @param processedLastMinute processed in the latest complete minute
     */
    public record StoreTotals(String shop, long received, long processed, long processedLastMinute) {}
}
