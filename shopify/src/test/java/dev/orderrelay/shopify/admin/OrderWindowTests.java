package dev.orderrelay.shopify.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderWindowTests {

    @Test
    void buildsTheHalfOpenSearchQueryOfTheContract() {
        OrderWindow hour = OrderWindow.hourStarting(Instant.parse("2026-11-24T10:00:00Z"));

        assertThat(hour.createdAtQuery())
                .isEqualTo("created_at:>='2026-11-24T10:00:00Z' AND created_at:<'2026-11-24T11:00:00Z'");
        assertThat(hour.updatedAtQuery())
                .isEqualTo("updated_at:>='2026-11-24T10:00:00Z' AND updated_at:<'2026-11-24T11:00:00Z'");
    }

    @Test
    void refusesEmptyOrBackwardWindowsAndFractionsOfSeconds() {
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        assertThatThrownBy(() -> new OrderWindow(at, at)).hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> new OrderWindow(at, at.plusMillis(1500))).hasMessageContaining("whole seconds");
        assertThatThrownBy(() -> OrderWindow.hourStarting(at.plusSeconds(60))).hasMessageContaining("on the hour");
    }
}
