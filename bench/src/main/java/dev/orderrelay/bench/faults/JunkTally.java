package dev.orderrelay.bench.faults;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the junk webhooks of one episode got: counts by outcome, and the malformed ones the receiver accepted. */
final class JunkTally {

    private final AtomicInteger forgedSent = new AtomicInteger();
    private final AtomicInteger forgedRefused = new AtomicInteger();
    private final AtomicInteger malformedSent = new AtomicInteger();
    private final Set<String> malformedAccepted = ConcurrentHashMap.newKeySet();

    void forged(int status) {
        forgedSent.incrementAndGet();
        if (status == 401) {
            forgedRefused.incrementAndGet();
        }
    }

    void malformed(String webhookId, int status) {
        malformedSent.incrementAndGet();
        if (status / 100 == 2) {
            malformedAccepted.add(webhookId);
        }
    }

    /** The counts so far, with how many of the accepted malformed webhooks are among {@code parked} webhook ids. */
    JunkFigures figures(Set<String> parked) {
        int parkedCount =
                (int) malformedAccepted.stream().filter(parked::contains).count();
        return new JunkFigures(
                forgedSent.get(), forgedRefused.get(), malformedSent.get(), malformedAccepted.size(), parkedCount);
    }

    Set<String> malformedAccepted() {
        return Set.copyOf(malformedAccepted);
    }
}
