package dev.orderrelay.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a measure must reach against its baseline: a ratio floor ({@code >= 0.9x}), a ratio ceiling for figures
 * where lower is better, or an allowance over the baseline in the measure's own unit ({@code <= baseline + 10 ms}).
 *
 * @param kind how value and baseline are compared
 * @param bound the ratio or the allowance
 */
record Target(Kind kind, double bound) {

    /** How a target compares. */
    enum Kind {
        /** value / baseline >= bound. */
        RATIO_AT_LEAST,
        /** value <= baseline + bound. */
        AT_MOST_BASELINE_PLUS
    }

    static Target ratioAtLeast(double ratio) {
        return new Target(Kind.RATIO_AT_LEAST, ratio);
    }

    static Target atMostBaselinePlus(double allowance) {
        return new Target(Kind.AT_MOST_BASELINE_PLUS, allowance);
    }

    /**
     * Whether the runs meet the target: the median over the runs of each run's ratio (or excess over its own
     * baseline) is compared, so a machine that drifts between runs moves value and baseline together.
     */
    boolean met(List<Double> values, List<Double> baselines) {
        List<Double> perRun = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i);
            double baseline = baselines.get(i);
            perRun.add(kind == Kind.RATIO_AT_LEAST ? value / baseline : value - baseline);
        }
        double median = Spread.of(perRun).median();
        return switch (kind) {
            case RATIO_AT_LEAST -> median >= bound;
            case AT_MOST_BASELINE_PLUS -> median <= bound;
        };
    }

    /** The target as the report shows it, e.g. {@code >= 0.90x} or {@code <= baseline + 10 ms}. */
    String describe(String unit) {
        return switch (kind) {
            case RATIO_AT_LEAST -> String.format(Locale.ROOT, ">= %.2fx", bound);
            case AT_MOST_BASELINE_PLUS ->
                String.format(Locale.ROOT, "<= baseline + %s %s", Figures.format(bound), unit);
        };
    }
}
