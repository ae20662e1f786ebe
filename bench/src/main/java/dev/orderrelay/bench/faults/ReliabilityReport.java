package dev.orderrelay.bench.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The fault suite's results as markdown: how it was run (command, date, machine, scale), one table row per fault with
 * its lost and duplicated figures, and the ids behind any finding.
 */
final class ReliabilityReport {

    private final String title;
    private final String command;
    private final SuiteScale scale;
    private final Instant date;
    private final List<String> notes;

    ReliabilityReport(String title, String command, SuiteScale scale, Instant date, List<String> notes) {
        this.title = title;
        this.command = command;
        this.scale = scale;
        this.date = date;
        this.notes = List.copyOf(notes);
    }

    String render(List<EpisodeResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append("\n\n");
        out.append(
                        "Every role runs as its own process (`local/topology`) against the standalone devstack; the simulated"
                                + " store drives the load (orders/create then orders/paid per order, ")
                .append(
                        "5 % of webhooks sent twice, failed ones retried as Shopify does). Each fault is an episode of ")
                .append(String.format(Locale.ROOT, "%,d", scale.ordersPerEpisode()))
                .append(" orders at ")
                .append(scale.perSecond() == 0 ? "the store's full speed" : scale.perSecond() + " orders/s")
                .append(", with 1 % forged and 1 % malformed webhooks sent straight to the receiver. At the end of the"
                        + " load the fault is cleared; once the store has nothing left to send and the destinations are"
                        + " quiet, a reconciliation is requested through the console, parked events are replayed where the fault parked them on purpose, and the destinations are"
                        + " polled until every order is delivered. The history checker then looks every order up at"
                        + " each of the demo shop's four destinations (webhook, GA4, Segment, Amplitude). A killed role"
                        + " is started again at once; one that exits before it is ready (roles resolve their queues at"
                        + " start-up, so none starts while SQS is unreachable) is started again after a back-off of 5 s"
                        + " doubling to 40 s, as an orchestrator restarts a crashing pod.\n\n");
        out.append("- **lost**: paid orders with a webhook the receiver acknowledged that some destination lacks.\n");
        out.append("- **duplicated**: extra acceptances at a destination: the same dedupe key accepted again (whether"
                + " or not the peer flagged it as a duplicate), or one order's purchase under two keys.\n");
        out.append("- **of which same-key resends**: the peer had accepted that key already and flagged the repeat: a"
                + " resend under the same dedupe key (`webhook-id`, `messageId`, `insert_id`, GA4's `transaction_id`),"
                + " which a destination honouring the key drops; never a purchase under a second key.\n");
        out.append("- **repaired / missing**: orders never acknowledged (lost upstream, subscription deleted) that"
                + " were delivered anyway (the reconciler) / were not.\n");
        out.append("- **time to drain**: end of the load to every acknowledged order delivered everywhere.\n");
        out.append("- **forged 401**, **malformed 200 / parked**: junk refused; junk acknowledged, then found parked"
                + " by the worker.\n\n");
        out.append(
                "| fault | webhooks sent | acked | sent twice by the store | lost | duplicated | of which same-key resends"
                        + " | repaired | missing | time to drain | forged 401 | malformed 200 / parked | reconciliation |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (EpisodeResult result : results) {
            HistoryVerdict v = result.verdict();
            JunkFigures junk = result.junk();
            out.append("| ")
                    .append(result.fault())
                    .append(" | ")
                    .append(number(v.webhooksSent()))
                    .append(" | ")
                    .append(number(v.webhooksAcked()))
                    .append(" | ")
                    .append(number(v.duplicateSends()))
                    .append(" | **")
                    .append(number(v.lost()))
                    .append("**")
                    .append(" | **")
                    .append(number(v.duplicated()))
                    .append("**")
                    .append(" | ")
                    .append(number(v.sameKeyResends()))
                    .append(" | ")
                    .append(number(v.repaired()))
                    .append(" | ")
                    .append(number(v.missing()))
                    .append(" | ")
                    .append(drain(result.drain()))
                    .append(" | ")
                    .append(junk.forgedRefused())
                    .append('/')
                    .append(junk.forgedSent())
                    .append(" | ")
                    .append(junk.malformedAccepted())
                    .append('/')
                    .append(junk.malformedSent())
                    .append(" / ")
                    .append(junk.malformedParked())
                    .append(" | ")
                    .append(String.join("; ", result.reconciliations()))
                    .append(" |\n");
        }
        out.append("\n## Faults\n\n");
        for (EpisodeResult result : results) {
            out.append("- `")
                    .append(result.fault())
                    .append("`: ")
                    .append(result.description())
                    .append('\n');
        }
        appendFindings(out, results);
        out.append("\n## How this was run\n\n");
        out.append("```\n").append(command).append("\n```\n\n");
        out.append("The full suite runs on demand (`")
                .append(FaultSuite.COMMAND)
                .append(
                        "`, options in `FaultSuite`'s"
                                + " javadoc, e.g. `-Dfaults.webhooks=4000 -Dfaults.only=receiver-kill,upstream-loss`); CI runs the"
                                + " short suite in every `./mvnw verify` (`ShortFaultSuiteIntegrationTests`: a few hundred orders per"
                                + " fault, the faults that fit in minutes), which fails the build on any lost or duplicated order and"
                                + " writes its table to `bench/target/reliability-short.md`. Each process's log is kept under the"
                                + " suite's log directory (`bench/target/fault-suite/`, `bench/target/short-fault-suite/`).\n\n");
        notes.forEach(note -> out.append("- ").append(note).append('\n'));
        out.append("- date: ").append(date.truncatedTo(ChronoUnit.SECONDS)).append('\n');
        out.append("- machine: ").append(machine()).append('\n');
        out.append("- outages ")
                .append(scale.outage().toSeconds())
                .append(" s, destination failing ")
                .append(scale.destinationFailure().toSeconds())
                .append(" s, drain bound ")
                .append(scale.drainTimeout().toMinutes())
                .append(" min\n");
        return out.toString();
    }

    void write(Path file, List<EpisodeResult> results) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, render(results));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the fault suite's report to " + file, e);
        }
    }

    private static void appendFindings(StringBuilder out, List<EpisodeResult> results) {
        List<EpisodeResult> failing =
                results.stream().filter(result -> !result.passed()).toList();
        if (failing.isEmpty()) {
            return;
        }
        out.append("\n## Findings\n\n");
        for (EpisodeResult result : failing) {
            HistoryVerdict v = result.verdict();
            out.append("### ").append(result.fault()).append("\n\n");
            v.lostSample().forEach(line -> out.append("- lost: ").append(line).append('\n'));
            v.duplicatedSample()
                    .forEach(line -> out.append("- duplicated: ").append(line).append('\n'));
            v.missingSample()
                    .forEach(line -> out.append("- missing: ").append(line).append('\n'));
            if (!result.junk().handled()) {
                out.append("- junk not handled as it must be: ")
                        .append(result.junk())
                        .append('\n');
            }
            if (result.drain() == null) {
                out.append("- not drained within the bound\n");
            }
            out.append('\n');
        }
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version")
                + ", suite JVM max heap " + runtime.maxMemory() / (1024 * 1024) + " MiB";
    }

    private static String drain(Duration drain) {
        if (drain == null) {
            return "not drained";
        }
        return String.format(Locale.ROOT, "%.1f s", drain.toMillis() / 1000.0);
    }

    private static String number(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
