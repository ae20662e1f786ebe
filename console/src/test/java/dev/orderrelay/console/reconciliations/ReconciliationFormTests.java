package dev.orderrelay.console.reconciliations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReconciliationFormTests {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:00Z");

    @Test
    void offersTheLastFullHourAndTheCurrentOne() {
        ReconciliationForm form = ReconciliationForm.lastHour(null, NOW);

        assertThat(form.from()).isEqualTo("2026-11-24T09:00");
        assertThat(form.to()).isEqualTo("2026-11-24T11:00");
        ReconciliationRequest request = ReconciliationRequest.read(form.body(), NOW);
        assertThat(request.shop()).as("empty: every active shop").isNull();
        assertThat(request.from()).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
        assertThat(request.to()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
    }

    @Test
    void isCheckedWithTheApisRulesAndWords() {
        ReconciliationForm form = new ReconciliationForm("Not A Shop", "2026-11-24T10:00", "");

        assertThatThrownBy(() -> ReconciliationRequest.read(form.body(), NOW))
                .isInstanceOf(InvalidReconciliationException.class)
                .hasMessageContaining("shop: must be a shop's lower-case *.myshopify.com domain")
                .hasMessageContaining("to: is required");
    }
}
