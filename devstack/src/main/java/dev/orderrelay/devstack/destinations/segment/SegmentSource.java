package dev.orderrelay.devstack.destinations.segment;

import dev.orderrelay.devstack.destinations.Region;
import java.util.Objects;

/**
 * A registered Segment source: the region of its workspace and the destination and shop its messages are recorded
 * under. The write key it is found by is the map key and is never kept here, so it cannot reach a {@code toString()}.
 */
record SegmentSource(String destination, String shop, Region region) {

    SegmentSource {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(region, "region");
    }
}
