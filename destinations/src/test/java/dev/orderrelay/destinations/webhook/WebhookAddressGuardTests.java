package dev.orderrelay.destinations.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.destinations.Delivered;
import dev.orderrelay.destinations.DeliveryOutcome;
import dev.orderrelay.destinations.DestinationFixtures;
import dev.orderrelay.destinations.PeerAnswer;
import dev.orderrelay.destinations.RecordingPeer;
import dev.orderrelay.destinations.Rejected;
import dev.orderrelay.destinations.RetryLater;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.impl.InMemoryDnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Server-side request forgery, end to end: a refused target gets no connection at all. */
class WebhookAddressGuardTests {

    private RecordingPeer peer;

    @BeforeEach
    void start() {
        peer = RecordingPeer.start();
    }

    @AfterEach
    void stop() {
        peer.close();
    }

    @Test
    void refusesLoopbackWhenItIsNotAllowListed() {
        DeliveryOutcome outcome = sendWith(Set.of(), peer.url());

        assertThat(outcome).isInstanceOf(Rejected.class);
        assertThat(((Rejected) outcome).reason())
                .contains("target address not allowed")
                .contains("127.0.0.1 is loopback")
                .contains(DestinationFixtures.SHOP);
        assertThat(peer.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://[::1]:%d/events",
                "http://[::ffff:127.0.0.1]:%d/events",
                "http://[0:0:0:0:0:ffff:7f00:1]:%d/events",
                "http://0.0.0.0:%d/events",
                "http://[::]:%d/events",
                "http://localhost:%d/events"
            })
    void refusesOtherSpellingsOfThisHost(String url) {
        DeliveryOutcome outcome = sendWith(Set.of(), url.formatted(peer.port()));

        assertThat(outcome).isInstanceOf(Rejected.class);
        assertThat(((Rejected) outcome).reason()).contains("target address not allowed");
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void refusesTheCloudMetadataAddressWithoutTryingToConnect() {
        long started = System.nanoTime();

        DeliveryOutcome outcome = sendWith(Set.of(), "http://169.254.169.254/latest/meta-data/iam/");

        assertThat(((Rejected) outcome).reason()).contains("169.254.169.254 is link-local");
        // Refused before connecting: a connection attempt to this address would wait out the 2 s connect timeout.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void refusesANameThatResolvesToAPrivateAddress() throws Exception {
        InMemoryDnsResolver dns = new InMemoryDnsResolver();
        dns.add("hooks.attacker.example", InetAddress.getByName("10.0.0.5"));

        DeliveryOutcome outcome = sendWith(Set.of(), dns, "https://hooks.attacker.example/events");

        assertThat(((Rejected) outcome).reason())
                .contains("hooks.attacker.example")
                .contains("10.0.0.5 is private");
    }

    @Test
    void connectsOnlyToTheAllowedAddressesOfAName() throws Exception {
        InMemoryDnsResolver dns = new InMemoryDnsResolver();
        // The client tries addresses in order: were the refused 127.0.0.1 passed on, the peer would get the request.
        dns.add("mixed.example", InetAddress.getByName("127.0.0.1"), InetAddress.getByName("192.0.2.1"));
        WebhookDestinationSettings settings = WebhookDestinationSettings.defaults()
                .withTimeouts(Duration.ofMillis(300), Duration.ofSeconds(1))
                .withAllowedTargets(Set.of("192.0.2.0/24"));

        DeliveryOutcome outcome = sendWith(settings, dns, "http://mixed.example:" + peer.port() + "/events");

        // 192.0.2.1 is reserved for documentation and never answers, so the one allowed address fails.
        assertThat(outcome).isInstanceOf(RetryLater.class);
        assertThat(peer.requests()).isEmpty();
    }

    @Test
    void reachesAnAllowListedHostName() throws Exception {
        InMemoryDnsResolver dns = new InMemoryDnsResolver();
        dns.add("receiver.local", InetAddress.getByName("127.0.0.1"));

        DeliveryOutcome outcome =
                sendWith(Set.of("receiver.local"), dns, "http://receiver.local:" + peer.port() + "/events");

        assertThat(outcome).isInstanceOf(Delivered.class);
    }

    @Test
    void doesNotFollowARedirectToAnInternalAddress() {
        try (RecordingPeer internal = RecordingPeer.start()) {
            peer.answer(PeerAnswer.status(302)
                    .withHeader("Location", internal.uri("/admin").toString()));

            DeliveryOutcome outcome = sendWith(Set.of("127.0.0.1"), peer.url());

            assertThat(outcome).isInstanceOf(Rejected.class);
            assertThat(((Rejected) outcome).reason()).contains("HTTP 302").contains("not followed");
            assertThat(peer.requests()).hasSize(1);
            assertThat(internal.requests()).isEmpty();
        }
    }

    private static DeliveryOutcome sendWith(Set<String> allowed, String url) {
        try (WebhookDestination destination = new WebhookDestination(
                WebhookDestinationSettings.defaults().withAllowedTargets(allowed), Clock.systemUTC())) {
            return destination.send(DestinationFixtures.purchase(), DestinationFixtures.webhookTarget(url));
        }
    }

    private static DeliveryOutcome sendWith(Set<String> allowed, DnsResolver dns, String url) {
        return sendWith(WebhookDestinationSettings.defaults().withAllowedTargets(allowed), dns, url);
    }

    private static DeliveryOutcome sendWith(WebhookDestinationSettings settings, DnsResolver dns, String url) {
        try (WebhookDestination destination = new WebhookDestination(settings, Clock.systemUTC(), dns)) {
            return destination.send(DestinationFixtures.purchase(), DestinationFixtures.webhookTarget(url));
        }
    }
}
