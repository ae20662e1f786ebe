package dev.orderrelay.console.deadletters;

import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds a shop's dead letters by key only: the shop is the partition (which is why every search names one) and a
 * time range bounds its sort key; destination, stage, reason and status are matched here. The page reads newest
 * first and stops after {@value #MAX_EXAMINED} events per request, so a shop with a million dead letters and a rare
 * filter still answers quickly; it then offers to go on from where it stopped.
 */
@Component
class DeadLetterSearch {

    /** Ledger items read per request at most; the page says when it stopped there. */
    static final int MAX_EXAMINED = 1000;

    private static final int LEDGER_PAGE = 100;
    private static final Pattern PARKED_ID = Pattern.compile("\\d{13}-[0-9a-f-]{36}");

    private final ParkedEvents parked;
    private final Clock clock;

    DeadLetterSearch(ParkedEvents parked, Clock clock) {
        this.parked = parked;
        this.clock = clock;
    }

    /**
     * One page of a search.
     *
     * @param rows the matches, newest first
     * @param next where the next page starts ({@code before} of {@link #page}); null when the range is exhausted
     * @param examined how many dead letters were read to find these
     */
    record Results(List<DeadLetterView> rows, String next, int examined) {

        Results {
            rows = List.copyOf(rows);
        }
    }

    /** Every match in the shop, oldest first: the API's list (one Query on the shop's partition, every page). */
    List<DeadLetterView> all(DeadLetterFilter filter) {
        return parked.forShop(filter.shop()).stream()
                .filter(filter::matches)
                .map(DeadLetterView::of)
                .toList();
    }

    /** Up to {@code rows} matches, newest first, older than the dead letter {@code before} (null: the newest). */
    Results page(DeadLetterFilter filter, String before, int rows) {
        Instant from = filter.from() == null ? Instant.EPOCH : filter.from();
        Instant to = filter.to() == null ? clock.instant() : filter.to();
        List<DeadLetterView> matches = new ArrayList<>();
        String next = startAfter(before, from, to);
        int examined = 0;
        do {
            ParkedEvents.Slice slice =
                    parked.newestFirst(filter.shop(), from, to, next, Math.min(LEDGER_PAGE, MAX_EXAMINED - examined));
            for (ParkedEvent event : slice.events()) {
                examined++;
                if (filter.matches(event)) {
                    matches.add(DeadLetterView.of(event));
                    if (matches.size() == rows) {
                        // Stop at the last row shown, so the next page starts right after it.
                        return new Results(matches, event.id(), examined);
                    }
                }
            }
            next = slice.lastId();
        } while (next != null && examined < MAX_EXAMINED);
        return new Results(matches, next, examined);
    }

    /**
     * Where a page goes on from: a parked id within the range, or null to start from the newest (a link kept from
     * before the range was changed starts over rather than failing: DynamoDB refuses a start outside the range).
     */
    private static String startAfter(String before, Instant from, Instant to) {
        if (before == null || before.isEmpty()) {
            return null;
        }
        if (!PARKED_ID.matcher(before).matches()) {
            throw new InvalidFieldException("invalid-filter", "before", "must be a parked id from the previous page");
        }
        long millis = Long.parseLong(before.substring(0, 13));
        return millis < from.toEpochMilli() || millis > to.toEpochMilli() ? null : before;
    }
}
