package dev.orderrelay.devstack.destinations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Every event a fake peer silently dropped, in arrival order. Thread-safe. */
public final class DropLog {

    private final List<DroppedEvent> dropped = new ArrayList<>();

    public synchronized void record(DroppedEvent event) {
        dropped.add(Objects.requireNonNull(event, "event"));
    }

    public synchronized List<DroppedEvent> all() {
        return List.copyOf(dropped);
    }

    public synchronized void clear() {
        dropped.clear();
    }
}
