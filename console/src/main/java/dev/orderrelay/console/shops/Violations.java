package dev.orderrelay.console.shops;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a shop configuration, so one answer reports every problem at once. */
final class Violations {

    private static final int SHOWN_LENGTH = 80;

    private final List<FieldViolation> found = new ArrayList<>();

    void add(String field, String detail) {
        found.add(new FieldViolation(field, detail));
    }

    int count() {
        return found.size();
    }

    /** Answers 400 {@code invalid-shop-config} when anything was found. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidShopConfigException(found);
        }
    }

    /** A value quoted for a message, cut short so a caller cannot make us echo a megabyte. */
    static String shown(String value) {
        if (value == null) {
            return "null";
        }
        String cut = value.length() > SHOWN_LENGTH ? value.substring(0, SHOWN_LENGTH) + "..." : value;
        return "'" + cut + "'";
    }
}
