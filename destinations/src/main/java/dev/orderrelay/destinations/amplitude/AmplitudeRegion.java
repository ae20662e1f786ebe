package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.destinations.DestinationTarget;
import java.util.Locale;

/**
 * Where a shop's Amplitude project keeps its data, from the target's {@code region} setting: {@code us} (the default,
 * Amplitude's standard server) or {@code eu} (EU residency). A project lives in one region and its API key works only
 * there, so the wrong one looks like an invalid key.
 */
enum AmplitudeRegion {
    US,
    EU;

    /** The target setting that chooses the region. */
    static final String SETTING = "region";

    /**
     * The region {@code target} asks for.
     *
     * @throws IllegalArgumentException naming the setting and the values it takes, when it holds another value
     */
    static AmplitudeRegion of(DestinationTarget target) {
        String value = target.setting(SETTING).orElse("us").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "us" -> US;
            case "eu" -> EU;
            default ->
                throw new IllegalArgumentException(
                        "setting '" + SETTING + "' must be 'us' or 'eu', was " + shown(value));
        };
    }

    /** A short value as it is; a long one (a credential pasted in the wrong field?) only by its length. */
    private static String shown(String value) {
        return value.length() <= 8 ? "'" + value + "'" : "a value of " + value.length() + " characters";
    }
}
