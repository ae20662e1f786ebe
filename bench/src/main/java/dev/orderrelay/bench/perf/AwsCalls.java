package dev.orderrelay.bench.perf;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS calls a worker counted ({@code relay_worker_aws_calls_total} on its {@code /actuator/prometheus}), by
 * service, summed over operations and outcomes.
 *
 * @param byService calls per service, e.g. {@code DynamoDb}, {@code Sqs}, {@code S3}
 */
record AwsCalls(Map<String, Double> byService) {

    private static final Pattern LINE = Pattern.compile("^relay_worker_aws_calls_total\\{([^}]*)} (\\S+)$");
    private static final Pattern SERVICE = Pattern.compile("service=\"([^\"]*)\"");

    AwsCalls {
        byService = Map.copyOf(byService);
    }

    static AwsCalls none() {
        return new AwsCalls(Map.of());
    }

    /** Reads one worker's counts from its Prometheus endpoint. */
    static AwsCalls of(JsonHttp http, URI workerBase) {
        return parse(http.text(workerBase.resolve("/actuator/prometheus")));
    }

    static AwsCalls parse(String scrape) {
        Map<String, Double> byService = new TreeMap<>();
        for (String line : scrape.split("\n")) {
            Matcher matcher = LINE.matcher(line.strip());
            if (!matcher.matches()) {
                continue;
            }
            Matcher service = SERVICE.matcher(matcher.group(1));
            if (service.find()) {
                byService.merge(service.group(1), Double.parseDouble(matcher.group(2)), Double::sum);
            }
        }
        return new AwsCalls(byService);
    }

    AwsCalls plus(AwsCalls other) {
        Map<String, Double> sum = new TreeMap<>(byService);
        other.byService.forEach((service, calls) -> sum.merge(service, calls, Double::sum));
        return new AwsCalls(sum);
    }

    /** The calls made since {@code earlier}, a scrape of the same workers. */
    AwsCalls since(AwsCalls earlier) {
        Map<String, Double> delta = new TreeMap<>(byService);
        earlier.byService.forEach((service, calls) -> delta.merge(service, -calls, Double::sum));
        return new AwsCalls(delta);
    }

    double of(String service) {
        return byService.getOrDefault(service, 0.0);
    }

    double total() {
        return byService.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
