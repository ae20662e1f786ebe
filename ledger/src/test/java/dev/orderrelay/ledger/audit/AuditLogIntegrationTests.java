package dev.orderrelay.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.time.MutableClock;
import dev.orderrelay.ledger.TestLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditLogIntegrationTests {

    private final TestLedger ledger = TestLedger.create();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T23:59:00Z"));
    private final AuditLog audit = new AuditLog(ledger.enhanced(), ledger.tables(), clock);
    private final String shop = "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";

    @Test
    void keepsWhoDidWhatOnWhichShopAndHowItEnded() {
        AuditEntry entry = audit.record(
                new AuditLog.Recording("support-ana", "discard", shop, "0001-x@" + shop, 1, "discarded", "test order"));

        assertThat(audit.forShop(shop, clock.instant(), clock.instant(), 10)).containsExactly(entry);
        assertThat(entry.at()).isEqualTo(clock.instant());
        assertThat(entry.actor()).isEqualTo("support-ana");
        assertThat(entry.note()).isEqualTo("test order");
    }

    @Test
    void listsEveryShopsEntriesInATimeRangeAcrossDaysNewestFirst() {
        AuditEntry before = record(shop, "replay");
        clock.advance(Duration.ofMinutes(1));
        Instant from = clock.instant();
        AuditEntry lateOnDayOne = record(shop, "replay");
        clock.advance(Duration.ofMinutes(2));
        AuditEntry otherShopOnDayTwo = record("other-" + shop, "shop-config");
        Instant to = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        record(shop, "after the range");

        assertThat(audit.between(from, to, 100)).containsExactly(otherShopOnDayTwo, lateOnDayOne);
        assertThat(audit.between(from, to, 1)).containsExactly(otherShopOnDayTwo);
        assertThat(audit.between(before.at(), to, 100)).hasSize(3);
    }

    @Test
    void listsOneShopsEntriesWithoutOtherShops() {
        AuditEntry first = record(shop, "replay");
        clock.advance(Duration.ofSeconds(1));
        record("other-" + shop, "replay");
        AuditEntry second = record(shop, "discard");

        assertThat(audit.forShop(shop, first.at(), clock.instant(), 100)).containsExactly(second, first);
    }

    private AuditEntry record(String inShop, String action) {
        return audit.record(new AuditLog.Recording("support-ana", action, inShop, "target", 1, "done", null));
    }
}
