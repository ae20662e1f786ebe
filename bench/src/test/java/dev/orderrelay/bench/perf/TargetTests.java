package dev.orderrelay.bench.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetTests {

    @Test
    void ratioTargetJudgesTheMedianOfEachRunsOwnRatio() {
        Target target = Target.ratioAtLeast(0.9);

        // Runs at 0.95x, 0.85x and 0.92x of their own baselines: the median run is 0.92x.
        assertThat(target.met(List.of(950.0, 850.0, 460.0), List.of(1000.0, 1000.0, 500.0)))
                .isTrue();
        assertThat(target.met(List.of(950.0, 850.0, 440.0), List.of(1000.0, 1000.0, 500.0)))
                .isFalse();
    }

    @Test
    void allowanceTargetJudgesTheMedianExcessOverTheBaseline() {
        Target target = Target.atMostBaselinePlus(10);

        assertThat(target.met(List.of(12.0, 30.0, 14.0), List.of(3.0, 4.0, 5.0)))
                .isTrue();
        assertThat(target.met(List.of(15.0, 30.0, 16.0), List.of(3.0, 4.0, 5.0)))
                .isFalse();
    }

    @Test
    void describesItselfInTheMeasuresUnit() {
        assertThat(Target.ratioAtLeast(0.4).describe("req/s")).isEqualTo(">= 0.40x");
        assertThat(Target.atMostBaselinePlus(10).describe("ms")).isEqualTo("<= baseline + 10.0 ms");
    }

    @Test
    void aMissedTargetIsExplainedOnlyWhenAnExplanationIsGiven() {
        Measure missed = Measure.against("x", "msg/s", List.of(1.0), "raw", List.of(10.0))
                .withTarget(Target.ratioAtLeast(0.9));

        assertThat(missed.verdict()).isEqualTo(Measure.Verdict.MISSED);
        assertThat(missed.explainedBy("because").verdict()).isEqualTo(Measure.Verdict.EXPLAINED);
        assertThat(Measure.plain("start-up", "s", List.of(3.0)).verdict()).isEqualTo(Measure.Verdict.NO_TARGET);
    }
}
