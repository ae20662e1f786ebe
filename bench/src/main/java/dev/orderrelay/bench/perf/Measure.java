package dev.orderrelay.bench.perf;

import java.util.ArrayList;
import java.util.List;

/**
 * One figure of the report over every run, with the baseline measured in the same runs.
 *
 * @param name what is measured, e.g. {@code receiver throughput}
 * @param unit the unit of the values, e.g. {@code webhooks/s}
 * @param values one value per run
 * @param baselineName what the baseline is, or null when the measure has none (start-up, heap)
 * @param baselines one baseline value per run, measured in the same run; empty without a baseline
 * @param target what the measure must reach against its baseline, or null
 * @param explanation why a missed target is missed (or how the figure is to be read); null when none is needed
 */
record Measure(
        String name,
        String unit,
        List<Double> values,
        String baselineName,
        List<Double> baselines,
        Target target,
        String explanation) {

    Measure {
        values = List.copyOf(values);
        baselines = List.copyOf(baselines);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(name + ": a measure needs at least one run");
        }
        if (!baselines.isEmpty() && baselines.size() != values.size()) {
            throw new IllegalArgumentException(name + ": " + values.size() + " runs but " + baselines.size()
                    + " baselines; each run measures its own baseline");
        }
        if (target != null && baselines.isEmpty()) {
            throw new IllegalArgumentException(name + ": a target needs a baseline");
        }
    }

    static Measure plain(String name, String unit, List<Double> values) {
        return new Measure(name, unit, values, null, List.of(), null, null);
    }

    static Measure against(String name, String unit, List<Double> values, String baselineName, List<Double> baselines) {
        return new Measure(name, unit, values, baselineName, baselines, null, null);
    }

    Measure withTarget(Target value) {
        return new Measure(name, unit, values, baselineName, baselines, value, explanation);
    }

    Measure explainedBy(String value) {
        return new Measure(name, unit, values, baselineName, baselines, target, value);
    }

    Spread spread() {
        return Spread.of(values);
    }

    boolean hasBaseline() {
        return !baselines.isEmpty();
    }

    Spread baselineSpread() {
        return Spread.of(baselines);
    }

    /** Each run's value over that run's baseline. */
    List<Double> ratios() {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < baselines.size(); i++) {
            ratios.add(values.get(i) / baselines.get(i));
        }
        return ratios;
    }

    Verdict verdict() {
        if (target == null) {
            return Verdict.NO_TARGET;
        }
        if (target.met(values, baselines)) {
            return Verdict.MET;
        }
        return explanation == null ? Verdict.MISSED : Verdict.EXPLAINED;
    }

    /** How a measure stands against its target. */
    enum Verdict {
        MET("met"),
        EXPLAINED("missed, explained below"),
        MISSED("MISSED, not explained"),
        NO_TARGET("no target");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        String text() {
            return text;
        }
    }
}
