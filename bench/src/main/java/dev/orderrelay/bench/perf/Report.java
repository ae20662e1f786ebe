package dev.orderrelay.bench.perf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * docs/benchmarks.md: how it was measured, on what, and each measure's median and range over the runs against
 * its same-run baseline and target. Pure: the caller writes the text where it wants.
 *
 * @param command the command that produced it
 * @param date when the run finished
 * @param machine what it ran on
 * @param runs how many runs each figure covers
 * @param settings the run's options as {@code name=value}, in the order given
 * @param measures the figures, in report order
 * @param method how the figures were measured: paragraphs of Markdown
 * @param findings what the profile showed and what was changed or explained: paragraphs of Markdown
 */
record Report(
        String command,
        Instant date,
        Machine machine,
        int runs,
        List<String> settings,
        List<Measure> measures,
        List<String> method,
        List<String> findings) {

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmarks\n\n");
        out.append("Produced by the benchmark itself; do not edit by hand. Command (from the repository root):\n\n");
        out.append("```\n").append(command).append("\n```\n\n");
        out.append("Run finished ")
                .append(date.truncatedTo(ChronoUnit.SECONDS))
                .append(". Each figure: median and min-max over ")
                .append(runs)
                .append(runs == 1 ? " run" : " runs")
                .append("; every baseline is measured in the same run, against the same servers, and each run's")
                .append(" ratio is its value over its own baseline.\n\n");
        out.append("## Machine\n\n");
        out.append("| | |\n| --- | --- |\n");
        out.append("| cores | ").append(machine.cores()).append(" |\n");
        out.append("| memory | ").append(machine.memory()).append(" |\n");
        out.append("| CPU | ").append(machine.cpuModel()).append(" |\n");
        out.append("| OS | ").append(machine.os()).append(" |\n");
        out.append("| JDK | ").append(machine.jdk()).append(" |\n");
        out.append("| settings | ").append(String.join(", ", settings)).append(" |\n\n");
        out.append("## Results\n\n");
        out.append("| measure | median (min-max) | baseline | baseline median (min-max) | ratio median (min-max)")
                .append(" | target | verdict |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Measure measure : measures) {
            out.append(row(measure));
        }
        out.append('\n');
        List<Measure> explained =
                measures.stream().filter(m -> m.explanation() != null).toList();
        if (!explained.isEmpty()) {
            out.append("## Targets missed, and notes\n\n");
            for (Measure measure : explained) {
                out.append("- **")
                        .append(measure.name())
                        .append("** (")
                        .append(measure.verdict().text())
                        .append("): ")
                        .append(measure.explanation())
                        .append('\n');
            }
            out.append('\n');
        }
        section(out, "How it is measured", method);
        section(out, "Profile and fixes", findings);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        out.append("## ").append(title).append("\n\n");
        paragraphs.forEach(paragraph -> out.append(paragraph).append("\n\n"));
    }

    private static String row(Measure measure) {
        String baseline = "-";
        String baselineFigure = "-";
        String ratio = "-";
        if (measure.hasBaseline()) {
            baseline = measure.baselineName();
            baselineFigure = figure(measure.baselineSpread(), measure.unit());
            Spread ratios = Spread.of(measure.ratios());
            ratio = Figures.ratio(ratios.median()) + " (" + Figures.ratio(ratios.min()) + "-"
                    + Figures.ratio(ratios.max()) + ")";
        }
        String target = measure.target() == null ? "-" : measure.target().describe(measure.unit());
        return "| " + measure.name() + " | " + figure(measure.spread(), measure.unit()) + " | " + baseline + " | "
                + baselineFigure + " | " + ratio + " | " + target + " | "
                + measure.verdict().text() + " |\n";
    }

    private static String figure(Spread spread, String unit) {
        return Figures.format(spread.median()) + " " + unit + " (" + Figures.format(spread.min()) + "-"
                + Figures.format(spread.max()) + ")";
    }

    /** One line per measure for the console, as figures come in. */
    static String line(Measure measure) {
        String text = measure.name() + ": " + figure(measure.spread(), measure.unit());
        if (measure.hasBaseline()) {
            text += " vs " + measure.baselineName() + " " + figure(measure.baselineSpread(), measure.unit()) + " = "
                    + measure.ratios().stream().map(Figures::ratio).collect(Collectors.joining(", "));
        }
        if (measure.target() != null) {
            text += " [target " + measure.target().describe(measure.unit()) + ": "
                    + measure.verdict().text() + "]";
        }
        return text;
    }
}
