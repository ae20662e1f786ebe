package dev.orderrelay.destinations.segment;

import java.util.Locale;

/**
 * The Segment region a workspace lives in, which decides the endpoint its events must go to. Segment answers 200 to
 * an EU workspace's events sent to the US endpoint and then drops them, so the region is taken exactly as configured
 * and never guessed.
 */
enum SegmentRegion {
    US,
    EU;

    /** The name a shop's target gives it in its {@code region} setting. */
    String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The region a {@code region} setting names, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the setting and the known regions for any other value
     */
    static SegmentRegion fromSetting(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (SegmentRegion region : values()) {
            if (region.settingValue().equals(wanted)) {
                return region;
            }
        }
        throw new IllegalArgumentException(
                "setting 'region' must be 'us' or 'eu' (the region of the shop's Segment workspace), was '" + value
                        + "'");
    }
}
