package dev.orderrelay.worker.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderrelay.destinations.DestinationSecret;
import dev.orderrelay.devstack.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingCredentialSourceTests {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final StoreDouble store = new StoreDouble();
    private final CachingCredentialSource cache = new CachingCredentialSource(store, TTL, clock);

    @Test
    void asksTheStoreOnceWithinTheTimeToLive() {
        store.secrets.put("ga4", "v1");

        cache.find("ga4");
        clock.advance(TTL.minusSeconds(1));

        assertThat(cache.find("ga4").reveal()).isEqualTo("v1");
        assertThat(store.lookups.get()).isEqualTo(1);
    }

    @Test
    void picksUpARotatedSecretOnceTheTimeToLiveHasPassed() {
        store.secrets.put("ga4", "v1");
        cache.find("ga4");
        store.secrets.put("ga4", "v2");

        clock.advance(TTL);

        assertThat(cache.find("ga4").reveal()).isEqualTo("v2");
        assertThat(store.lookups.get()).isEqualTo(2);
    }

    @Test
    void seesASecretCreatedAfterItWasMissingOnceTheTimeToLiveHasPassed() {
        assertThat(cache.find("new").isPresent()).isFalse();
        store.secrets.put("new", "v1");

        assertThat(cache.find("new").isPresent()).isFalse();
        clock.advance(TTL);
        assertThat(cache.find("new").reveal()).isEqualTo("v1");
    }

    @Test
    void passesAFailureOnAndAsksAgainNextTimeInsteadOfRememberingNoSecret() {
        store.secrets.put("ga4", "v1");
        store.down = true;

        assertThatThrownBy(() -> cache.find("ga4")).isInstanceOf(CredentialsUnavailableException.class);
        store.down = false;

        assertThat(cache.find("ga4").reveal()).isEqualTo("v1");
        assertThat(store.lookups.get()).isEqualTo(2);
    }

    @Test
    void failsWhenTheStoreFailsAfterTheEntryExpiredRatherThanServingNoSecret() {
        store.secrets.put("ga4", "v1");
        cache.find("ga4");
        clock.advance(TTL);
        store.down = true;

        assertThatThrownBy(() -> cache.find("ga4")).isInstanceOf(CredentialsUnavailableException.class);
    }

    @Test
    void asksOnEveryCallWithAZeroTimeToLive() {
        CachingCredentialSource uncached = new CachingCredentialSource(store, Duration.ZERO, clock);
        store.secrets.put("ga4", "v1");

        uncached.find("ga4");
        uncached.find("ga4");

        assertThat(store.lookups.get()).isEqualTo(2);
    }

    /** A secret store whose content and health the test sets, counting lookups. */
    private static final class StoreDouble implements CredentialSource {

        final Map<String, String> secrets = new ConcurrentHashMap<>();
        final AtomicInteger lookups = new AtomicInteger();
        volatile boolean down;

        @Override
        public DestinationSecret find(String credentialsRef) {
            lookups.incrementAndGet();
            if (down) {
                throw new CredentialsUnavailableException(credentialsRef, description(), "store is down");
            }
            String secret = secrets.get(credentialsRef);
            return secret == null ? DestinationSecret.none() : DestinationSecret.of(secret);
        }

        @Override
        public String description() {
            return "a test store";
        }
    }
}
