package dev.orderrelay.devstack.destinations.amplitude;

import dev.orderrelay.devstack.destinations.Region;
import java.util.Objects;

/**
 * A registered Amplitude project: the region its data lives in and the destination and shop its events are recorded
 * under. The API key it is found by is the map key and is never kept here, so it cannot reach a {@code toString()}.
 */
record AmplitudeProject(String destination, String shop, Region region) {

    AmplitudeProject {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(region, "region");
    }
}
