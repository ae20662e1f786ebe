package dev.orderrelay.destinations.ga4;

import java.math.BigDecimal;
import java.time.Instant;

/** How values are written for GA4: amounts as exact plain decimals, texts within GA4's length limit. */
final class Ga4Values {

    /** GA4's limit on a parameter value's length, in characters. */
    static final int MAX_CHARS = 100;

    private Ga4Values() {}

    /**
     * {@code amount} without trailing zeros and never in exponent form ({@code 25.00} is {@code 25}, {@code 4.90} is
     * {@code 4.9}): the same number, exactly, however the shop wrote it.
     */
    static BigDecimal money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * {@code text} cut to {@link #MAX_CHARS} characters (whole code points), since GA4 would cut or drop a longer
     * value anyway. Only for descriptive texts: ids that do not fit are refused, never cut into another id.
     */
    static String text(String text) {
        String value = text.strip();
        if (value.codePointCount(0, value.length()) <= MAX_CHARS) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX_CHARS));
    }

    /** Whether {@code id} is usable as is: not blank and within {@link #MAX_CHARS}. */
    static boolean fits(String id) {
        return id != null
                && !id.isBlank()
                && id.strip().codePointCount(0, id.strip().length()) <= MAX_CHARS;
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }
}
