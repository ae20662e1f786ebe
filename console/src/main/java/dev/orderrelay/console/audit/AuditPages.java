package dev.orderrelay.console.audit;

import dev.orderrelay.console.pages.ConsolePage;
import dev.orderrelay.console.pages.ConsolePaths;
import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.ledger.audit.AuditEntry;
import dev.orderrelay.ledger.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail, browsable (support): one UTC day at a time (today unless asked, with the days before and after a
 * click away), or one shop's entries, newest first, {@value #ROWS} a page. By key only: a day is one Query on its
 * partition, a shop one Query on the {@code by-shop} index.
 */
@ConsolePage
class AuditPages {

    static final String PATH = ConsolePaths.ROOT + "/audit";
    static final int ROWS = 100;

    /** An entry id as the audit log makes them: where a page goes on from. */
    private static final Pattern ENTRY_ID = Pattern.compile("\\d{13}-[0-9a-f-]{36}");

    /** Entries of one millisecond that a page may read again, beyond a page's worth: a generous bound. */
    private static final int SAME_MILLISECOND = 20;

    private final AuditLog audit;
    private final Clock clock;

    AuditPages(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String trail(
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String shop,
            @RequestParam(required = false) String before,
            Model model) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String after = before != null && ENTRY_ID.matcher(before).matches() ? before : null;
        Instant to = after == null ? now : Instant.ofEpochMilli(Long.parseLong(after.substring(0, 13)));
        List<AuditEntry> read;
        if (shop != null && !shop.isBlank()) {
            String domain = ShopDomain.require(shop.strip());
            model.addAttribute("shop", domain);
            read = audit.forShop(domain, Instant.EPOCH, to, ROWS + 1 + SAME_MILLISECOND);
        } else {
            LocalDate shown = day(day, today);
            model.addAttribute("day", shown);
            model.addAttribute("previousDay", shown.minusDays(1));
            model.addAttribute("nextDay", shown.isBefore(today) ? shown.plusDays(1) : null);
            Instant start = shown.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end =
                    shown.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
            read = start.isAfter(to)
                    ? List.of()
                    : audit.between(start, end.isBefore(to) ? end : to, ROWS + 1 + SAME_MILLISECOND);
        }
        // A page ends at an entry; the next reads from that entry's millisecond and skips what was already shown.
        List<AuditEntryView> entries = read.stream()
                .filter(entry -> after == null || entry.id().compareTo(after) < 0)
                .limit(ROWS + 1)
                .map(AuditEntryView::of)
                .toList();
        boolean more = entries.size() > ROWS;
        List<AuditEntryView> page = more ? entries.subList(0, ROWS) : entries;
        model.addAttribute("entries", page);
        model.addAttribute("next", more ? page.getLast().id() : null);
        return "console/audit";
    }

    private static LocalDate day(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidAuditQueryException("day", "must be a UTC date such as 2026-11-24");
        }
    }
}
