package dev.orderrelay.destinations.segment;

import dev.orderrelay.destinations.DestinationTarget;
import java.util.Optional;

/**
 * What a shop's Segment target configures, read from its settings.
 *
 * @param region the region of the shop's Segment workspace: setting {@code region}, {@code us} (default) or {@code eu}
 * @param affiliation the store name sent as {@code affiliation}: setting {@code affiliation}; empty means the shop's
 *     platform domain
 */
record SegmentTargetSettings(SegmentRegion region, Optional<String> affiliation) {

    /**
     * The settings of {@code target}.
     *
     * @throws IllegalArgumentException naming the setting that is wrong
     */
    static SegmentTargetSettings of(DestinationTarget target) {
        SegmentRegion region =
                target.setting("region").map(SegmentRegion::fromSetting).orElse(SegmentRegion.US);
        return new SegmentTargetSettings(region, target.setting("affiliation").map(String::strip));
    }
}
