package dev.orderrelay.devstack.destinations;

import java.util.Locale;
import java.util.Objects;

/** A data region of a peer that keeps US and EU data apart (Segment, Amplitude), each on its own fake server. */
public enum Region {
    US,
    EU;

    /** The region named in any case, such as {@code eu}. */
    public static Region named(String name) {
        Objects.requireNonNull(name, "region");
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("region must be us or eu, was '" + name + "'");
        }
    }

    /** The lower-case name, as in settings and messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
