package dev.orderrelay.worker.credentials;

import dev.orderrelay.destinations.DestinationSecret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps each answer of another source for a while, so a send does not cost a call to the secret store and a
 * rotated secret is still picked up within the time to live. Missing secrets are kept too (a secret created later
 * is seen within the same time); failures are not, so the next delivery asks again.
 */
public final class CachingCredentialSource implements CredentialSource, AutoCloseable {

    private final CredentialSource source;
    private final Duration timeToLive;
    private final Clock clock;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param source where secrets come from
     * @param timeToLive how long an answer is kept; zero asks the source on every call
     * @param clock the time entries expire by
     */
    public CachingCredentialSource(CredentialSource source, Duration timeToLive, Clock clock) {
        if (timeToLive.isNegative()) {
            throw new IllegalArgumentException("the time to live must not be negative, got " + timeToLive);
        }
        this.source = source;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public DestinationSecret find(String credentialsRef) {
        Instant now = clock.instant();
        Entry cached = entries.get(credentialsRef);
        if (cached != null && now.isBefore(cached.expires())) {
            return cached.secret();
        }
        // Two sends may both miss and both ask: cheaper than holding a lock across a network call.
        DestinationSecret secret = source.find(credentialsRef);
        if (timeToLive.isPositive()) {
            entries.put(credentialsRef, new Entry(secret, now.plus(timeToLive)));
        }
        return secret;
    }

    @Override
    public String description() {
        return source.description();
    }

    @Override
    public void close() throws Exception {
        if (source instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** An answer and until when it holds; {@link DestinationSecret} masks itself, so this record prints nothing. */
    private record Entry(DestinationSecret secret, Instant expires) {}
}
