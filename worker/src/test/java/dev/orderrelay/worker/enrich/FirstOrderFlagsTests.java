package dev.orderrelay.worker.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FirstOrderFlagsTests {

    private final AtomicLong nanos = new AtomicLong();
    private final FirstOrderFlags flags =
            new FirstOrderFlags(new EnrichmentProperties.Cache(10, Duration.ofHours(1), 2), nanos::get);

    @Test
    void remembersAnOrdersFlagPerShop() {
        flags.remember("a.myshopify.com", "1001", true);

        assertThat(flags.known("a.myshopify.com", "1001")).contains(true);
        assertThat(flags.known("b.myshopify.com", "1001")).isEmpty();
    }

    @Test
    void keepsNoUnknownAnswerSoTheNextSightingAsksAgain() {
        flags.remember("a.myshopify.com", "1001", null);

        assertThat(flags.known("a.myshopify.com", "1001")).isEmpty();
    }

    @Test
    void forgetsAFlagAfterItsTimeToLive() {
        flags.remember("a.myshopify.com", "1001", false);
        nanos.addAndGet(Duration.ofHours(1).plusSeconds(1).toNanos());

        assertThat(flags.known("a.myshopify.com", "1001")).isEmpty();
    }
}
