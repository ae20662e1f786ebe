package dev.orderrelay.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTests {

    @Test
    void takesTheMiddleRunOfAnOddCountWhateverTheOrder() {
        Spread spread = Spread.of(List.of(30.0, 10.0, 20.0));

        assertThat(spread.median()).isEqualTo(20.0);
        assertThat(spread.min()).isEqualTo(10.0);
        assertThat(spread.max()).isEqualTo(30.0);
        assertThat(spread.runs()).isEqualTo(3);
    }

    @Test
    void averagesTheTwoMiddleRunsOfAnEvenCount() {
        assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 100.0)).median()).isEqualTo(3.5);
    }

    @Test
    void refusesNoRunsAtAll() {
        assertThatThrownBy(() -> Spread.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
