package dev.orderrelay.console.overview;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One queue's depth, as SQS reports it now, and the oldest message a worker received from it lately.
 *
 * @param role {@code ingest}, {@code delivery}, {@code eventbridge}, or {@code dead-letter}
 * @param of for a delivery queue the destination kind, for a dead-letter queue the queue it is behind
 * @param visible messages waiting ({@code ApproximateNumberOfMessages})
 * @param inFlight messages received and not yet deleted ({@code ApproximateNumberOfMessagesNotVisible})
 * @param delayed messages held back by a delay ({@code ApproximateNumberOfMessagesDelayed})
 * @param oldestSeenSeconds the largest age (now minus {@code SentTimestamp}) of the messages workers received from
 *     it in the latest minute they reported; null when no worker received from it in the last few minutes
 * @param oldestSeenAt the minute that figure is for (ISO-8601 UTC)
 * @param error why the depth could not be read (the queue is missing, SQS did not answer); null when it was
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueueRow(
        String name,
        String role,
        String of,
        Long visible,
        Long inFlight,
        Long delayed,
        Long oldestSeenSeconds,
        String oldestSeenAt,
        String error) {

    /** A dead-letter queue with messages needs a look even though the worker moves them on. */
    public boolean needsAttention() {
        return error != null || ("dead-letter".equals(role) && visible != null && visible > 0);
    }

    /** The oldest age in words for the page, e.g. {@code 2 min 5 s}. */
    public String oldestSeenText() {
        if (oldestSeenSeconds == null) {
            return "none received lately";
        }
        long seconds = oldestSeenSeconds;
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return (seconds / 60) + " min " + (seconds % 60) + " s";
        }
        return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
    }
}
