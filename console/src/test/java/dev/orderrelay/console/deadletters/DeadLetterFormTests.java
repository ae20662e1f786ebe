package dev.orderrelay.console.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.parked.ParkedStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadLetterFormTests {

    private static final String SHOP = "demo.myshopify.com";

    @Test
    void readsTheBrowsersUtcFieldsAndMakesAMinuteLongToCoverItsWholeMinute() {
        DeadLetterFilter filter =
                new DeadLetterForm(SHOP, "", "deliver", "", "", "2026-11-24T10:00", "2026-11-24T10:05").filter();

        assertThat(filter.from()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-11-24T10:05:59.999Z"));
        assertThat(filter.matches(parkedAt("2026-11-24T10:05:30Z"))).isTrue();
        assertThat(filter.matches(parkedAt("2026-11-24T10:06:00Z"))).isFalse();
        assertThat(filter.matches(parkedAt("2026-11-24T09:59:59.999Z"))).isFalse();
        assertThat(filter.describe()).contains("from=2026-11-24T10:00:00Z").contains("stage=deliver");
    }

    @Test
    void takesIsoInstantsAsTheyAre() {
        DeadLetterFilter filter =
                new DeadLetterForm(SHOP, null, null, null, null, "2026-11-24T10:00:07Z", null).filter();

        assertThat(filter.from()).isEqualTo(Instant.parse("2026-11-24T10:00:07Z"));
        assertThat(filter.to()).isNull();
    }

    @Test
    void refusesATimeItCannotReadOrARangeBackwardsNamingTheField() {
        assertThatThrownBy(() -> new DeadLetterForm(SHOP, null, null, null, null, "yesterday", null).filter())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("from: must be a UTC time");
        assertThatThrownBy(
                        () -> new DeadLetterForm(SHOP, null, null, null, null, "2026-11-24T11:00", "2026-11-24T10:00")
                                .filter())
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("from: must not be after to");
    }

    @Test
    void needsAShopToSearchAtAll() {
        assertThat(new DeadLetterForm(" ", null, null, null, null, null, null).searched())
                .isFalse();
        assertThatThrownBy(() -> new DeadLetterForm(null, null, null, null, null, null, null).filter())
                .isInstanceOf(ShopRequiredException.class);
    }

    private static ParkedEvent parkedAt(String at) {
        return new ParkedEvent(
                SHOP,
                "id",
                ParkedStage.DELIVER,
                "demo-webhook",
                "1",
                null,
                "HTTP 400",
                1,
                ParkedStatus.PARKED,
                Instant.parse(at),
                "{}",
                null,
                null,
                null);
    }
}
