package dev.orderrelay.bench.perf;

import java.util.Locale;

/** Number formatting shared by the console output and the report: few significant digits, no exponent. */
final class Figures {

    private Figures() {}

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String ratio(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2fx", value);
    }
}
