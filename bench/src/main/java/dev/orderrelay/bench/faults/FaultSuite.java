package dev.orderrelay.bench.faults;

import dev.orderrelay.local.topology.TopologyPorts;
import dev.orderrelay.local.topology.TopologySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full fault suite, run on demand: {@code ./mvnw -B -pl bench -am verify -Pfaults}. Every fault of issue 9 alone,
 * then all combined, each an episode of 100,000 webhooks; prints each episode's figures as it ends, writes
 * docs/reliability.md, and exits 1 if any order was lost or duplicated or any junk mishandled. Options are system
 * properties: {@code faults.webhooks} (per fault, default 100000), {@code faults.perSecond} (orders a second, default
 * 200), {@code faults.only} (comma-separated fault names), {@code faults.outageSeconds} (30),
 * {@code faults.destinationSeconds} (60), {@code faults.drainMinutes} (15), {@code faults.report}
 * (docs/reliability.md), {@code faults.logs} (bench/target/fault-suite: each process's log).
 */
public final class FaultSuite {

    static final String COMMAND = "./mvnw -B -pl bench -am verify -Pfaults";

    /** Each option's default, as bench/pom.xml's faults profile passes it; the report's command shows the others. */
    private static final Map<String, String> DEFAULTS = defaults();

    private FaultSuite() {}

    public static void main(String[] args) {
        Path repository = Path.of("").toAbsolutePath();
        SuiteScale full = SuiteScale.full(
                Integer.getInteger("faults.webhooks", 100_000), Integer.getInteger("faults.perSecond", 200));
        SuiteScale scale = new SuiteScale(
                full.ordersPerEpisode(),
                full.perSecond(),
                Duration.ofSeconds(Integer.getInteger("faults.outageSeconds", 30)),
                Duration.ofSeconds(Integer.getInteger("faults.destinationSeconds", 60)),
                full.junkRate(),
                full.lossRate(),
                Duration.ofMinutes(Integer.getInteger("faults.drainMinutes", 15)));
        List<Fault> faults = FaultCatalogue.select(names(System.getProperty("faults.only", "")));
        Path report = repository.resolve(System.getProperty("faults.report", "docs/reliability.md"));
        Path logs = repository.resolve(System.getProperty("faults.logs", "bench/target/fault-suite"));
        TopologySettings settings = SuiteRun.settings(TopologySettings.defaults(repository)
                .withPorts(TopologyPorts.free())
                .withLogDirectory(logs));

        Instant started = Instant.now();
        List<EpisodeResult> results = SuiteRun.run(settings, scale, faults, System.out::println);
        new ReliabilityReport(
                        "Reliability: the fault suite",
                        command(),
                        scale,
                        started,
                        List.of("reconciler settings as in" + " local/topology/application-topology.yaml"))
                .write(report, results);
        System.out.println("report written to " + report);
        boolean passed = results.stream().allMatch(EpisodeResult::passed);
        System.out.println(passed ? "fault suite passed: 0 lost, 0 duplicated" : "fault suite FAILED (see above)");
        System.exit(passed ? 0 : 1);
    }

    private static String command() {
        StringBuilder command = new StringBuilder(COMMAND);
        DEFAULTS.forEach((option, standard) -> {
            String value = System.getProperty(option, standard);
            if (!value.equals(standard)) {
                command.append(" -D").append(option).append('=').append(value);
            }
        });
        return command.toString();
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("faults.webhooks", "100000");
        defaults.put("faults.perSecond", "200");
        defaults.put("faults.only", "");
        defaults.put("faults.outageSeconds", "30");
        defaults.put("faults.destinationSeconds", "60");
        defaults.put("faults.drainMinutes", "15");
        return defaults;
    }

    static Set<String> names(String list) {
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .forEach(names::add);
        return names;
    }
}
