package dev.orderrelay.destinations.amplitude;

import dev.orderrelay.destinations.DeliveryOutcome;
import java.util.List;
import java.util.Optional;

/** What Amplitude's answer to one request means for the events it carried. */
sealed interface RequestVerdict {

    /**
     * An outcome per event, in request order. An empty one marks an event Amplitude did not fault but refused along
     * with others (a 400 or 429 names the culprits and drops the whole request): it is sent again without them.
     */
    record PerEvent(List<Optional<DeliveryOutcome>> outcomes) implements RequestVerdict {

        public PerEvent {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** Amplitude found the request too large (413): its events go again in halves. */
    record TooLarge() implements RequestVerdict {}
}
