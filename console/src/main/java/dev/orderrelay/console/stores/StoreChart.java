package dev.orderrelay.console.stores;

import dev.orderrelay.ledger.throughput.DestinationThroughput;
import dev.orderrelay.ledger.throughput.ThroughputRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data of a store's hourly chart as JSON, for {@code store.js} to read from a {@code data-chart} attribute (the
 * Content-Security-Policy forbids inline scripts). One value per hour of the window, oldest first; an hour the
 * reconciler has not measured is {@code null}, so the chart shows a gap rather than a false zero.
 */
final class StoreChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter LABEL =
            DateTimeFormatter.ofPattern("MM-dd HH:00").withZone(ZoneOffset.UTC);

    private StoreChart() {}

    /**
     * {@code {"labels":[..], "source":[..], "received":[..], "processed":[..], "destinations":[{"name":..,
     * "delivered":[..], "repaired":[..]}]}}, destinations in the shop's order.
     */
    static String json(List<Instant> hours, Map<Instant, ThroughputRow> rows, List<String> destinations) {
        ObjectNode chart = JSON.createObjectNode();
        ArrayNode labels = chart.putArray("labels");
        ArrayNode source = chart.putArray("source");
        ArrayNode received = chart.putArray("received");
        ArrayNode processed = chart.putArray("processed");
        Map<String, ArrayNode[]> series = new LinkedHashMap<>();
        ArrayNode destinationNodes = chart.putArray("destinations");
        for (String destination : destinations) {
            ObjectNode node = destinationNodes.addObject().put("name", destination);
            series.put(destination, new ArrayNode[] {node.putArray("delivered"), node.putArray("repaired")});
        }
        for (Instant hour : hours) {
            labels.add(LABEL.format(hour));
            ThroughputRow row = rows.get(hour);
            if (row == null) {
                source.addNull();
                received.addNull();
                processed.addNull();
                series.values().forEach(pair -> {
                    pair[0].addNull();
                    pair[1].addNull();
                });
                continue;
            }
            source.add(row.source());
            received.add(row.received());
            processed.add(row.processed());
            series.forEach((name, pair) -> {
                DestinationThroughput counts = row.destinations().stream()
                        .filter(destination -> destination.destination().equals(name))
                        .findFirst()
                        .orElse(null);
                if (counts == null) {
                    pair[0].addNull();
                    pair[1].addNull();
                } else {
                    pair[0].add(counts.delivered());
                    pair[1].add(counts.delivered() - counts.deliveredBeforeRepair());
                }
            });
        }
        return JSON.writeValueAsString(chart);
    }
}
