package dev.orderrelay.console.audit;

import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.ledger.audit.AuditEntry;
import dev.orderrelay.ledger.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?shop=&from=&to=&limit=}: audit entries newest first, by key only. With {@code shop}, that
 * shop's entries (one Query on the by-shop index, any range); without, every shop's entries in the range (one
 * Query per UTC day, so the range is capped at {@value #MAX_DAYS_ACROSS_SHOPS} days). {@code to} defaults to now,
 * {@code from} to 24 hours before {@code to}.
 */
@RestController
class AuditController {

    static final int MAX_DAYS_ACROSS_SHOPS = 31;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final AuditLog audit;
    private final Clock clock;

    AuditController(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/audit")
    Map<String, Object> entries(
            @RequestParam(required = false) String shop,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String limit) {
        Instant end = to == null ? clock.instant() : instant("to", to);
        Instant start = from == null ? end.minus(Duration.ofHours(24)) : instant("from", from);
        if (start.isAfter(end)) {
            throw new InvalidAuditQueryException("from", "must not be after to (" + end + ")");
        }
        int max = limit(limit);
        List<AuditEntry> entries;
        if (shop != null) {
            entries = audit.forShop(ShopDomain.require(shop), start, end, max + 1);
        } else {
            if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS_ACROSS_SHOPS)) > 0) {
                throw new InvalidAuditQueryException(
                        "from",
                        "across all shops a range spans at most " + MAX_DAYS_ACROSS_SHOPS
                                + " days; narrow it or give a shop");
            }
            entries = audit.between(start, end, max + 1);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", start.toString());
        answer.put("to", end.toString());
        answer.put(
                "entries", entries.stream().limit(max).map(AuditEntryView::of).toList());
        // One more than asked was read, so "more" is exact: narrow "to" to the oldest entry shown to read on.
        answer.put("more", entries.size() > max);
        return answer;
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidAuditQueryException(name, "must be an ISO-8601 UTC time, e.g. 2026-11-24T10:00:00Z");
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidAuditQueryException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
