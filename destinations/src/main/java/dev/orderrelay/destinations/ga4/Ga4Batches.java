package dev.orderrelay.destinations.ga4;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits events into as few Measurement Protocol requests as GA4's limits allow: one request carries one
 * {@code client_id} and {@code user_id}, at most {@value Ga4RequestBody#MAX_EVENTS} events and a body under
 * {@value Ga4RequestBody#MAX_BYTES} bytes. Each event alone fits (the mapper refused those that do not).
 */
final class Ga4Batches {

    private Ga4Batches() {}

    /** The requests for {@code events}, each keeping the events' order. */
    static List<List<Ga4Event>> of(List<Ga4Event> events) {
        Map<String, List<Ga4Event>> byRequestKey = new LinkedHashMap<>();
        for (Ga4Event event : events) {
            byRequestKey
                    .computeIfAbsent(event.requestKey(), key -> new ArrayList<>())
                    .add(event);
        }
        List<List<Ga4Event>> batches = new ArrayList<>();
        for (List<Ga4Event> sameClient : byRequestKey.values()) {
            List<Ga4Event> batch = new ArrayList<>();
            for (Ga4Event event : sameClient) {
                batch.add(event);
                if (batch.size() > Ga4RequestBody.MAX_EVENTS || tooLarge(batch)) {
                    batch.removeLast();
                    batches.add(List.copyOf(batch));
                    batch = new ArrayList<>(List.of(event));
                }
            }
            batches.add(List.copyOf(batch));
        }
        return List.copyOf(batches);
    }

    private static boolean tooLarge(List<Ga4Event> batch) {
        return batch.size() > 1 && Ga4RequestBody.of(batch).length >= Ga4RequestBody.MAX_BYTES;
    }
}
