package dev.orderrelay.bench.perf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The median and range of one figure over the runs of a benchmark.
 *
 * @param median the middle value (the mean of the two middle ones for an even count)
 * @param min the smallest value
 * @param max the largest value
 * @param runs how many values there were
 */
record Spread(double median, double min, double max, int runs) {

    static Spread of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a spread needs at least one value");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Spread(median, sorted.getFirst(), sorted.getLast(), n);
    }
}
