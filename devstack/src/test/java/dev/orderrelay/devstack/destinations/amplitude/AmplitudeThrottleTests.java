package dev.orderrelay.devstack.destinations.amplitude;

import static dev.orderrelay.devstack.destinations.amplitude.AmplitudeRequests.API_KEY;
import static dev.orderrelay.devstack.destinations.amplitude.AmplitudeRequests.copies;
import static dev.orderrelay.devstack.destinations.amplitude.AmplitudeRequests.upload;
import static dev.orderrelay.devstack.destinations.amplitude.FakeAmplitudeDestinationTests.indices;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.devstack.destinations.Region;
import dev.orderrelay.devstack.time.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Amplitude's per-id throttle: 30 events a second for one user or device, and ids a test throttles by hand. */
class AmplitudeThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-24T10:00:00Z"));
    private final FakeAmplitudeDestination amplitude = FakeAmplitudeDestination.start(0, 0, clock);
    private final AmplitudeRequests requests = new AmplitudeRequests();

    AmplitudeThrottleTests() {
        amplitude.register("shop-a.myshopify.com", API_KEY, Region.US);
    }

    @AfterEach
    void stop() {
        requests.close();
        amplitude.close();
    }

    private HttpResponse<String> send(String body) throws Exception {
        return requests.post(amplitude.httpApiUri(Region.US), body);
    }

    private static String forUser(String userId) {
        return "{\"user_id\": \"" + userId + "\", \"event_type\": \"E\"}";
    }

    private static String forDevice(String deviceId) {
        return "{\"device_id\": \"" + deviceId + "\", \"event_type\": \"E\"}";
    }

    @Test
    void throttlesAChosenUserForAWhileListingItsEventsAndIngestingNothing() throws Exception {
        amplitude.throttleUser("customer-42", Duration.ofSeconds(30));

        HttpResponse<String> throttled = send(upload(forUser("customer-7"), forUser("customer-42")));
        HttpResponse<String> others = send(upload(forUser("customer-7")));
        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> later = send(upload(forUser("customer-42")));

        assertThat(throttled.statusCode()).isEqualTo(429);
        JsonNode body = AmplitudeRequests.parse(throttled.body());
        assertThat(body.get("code").intValue()).isEqualTo(429);
        assertThat(body.get("error").stringValue()).isEqualTo("Too many requests for some devices and users");
        assertThat(body.get("eps_threshold").intValue()).isEqualTo(30);
        assertThat(body.get("throttled_users").propertyNames()).containsExactly("customer-42");
        assertThat(body.get("throttled_devices").isEmpty()).isTrue();
        assertThat(indices(body.get("throttled_events"))).containsExactly(1);
        assertThat(body.get("exceeded_daily_quota_users").isObject()).isTrue();
        assertThat(body.get("exceeded_daily_quota_devices").isObject()).isTrue();
        assertThat(others.statusCode()).isEqualTo(200);
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(amplitude.events())
                .extracting(event -> event.payload().get("user_id").stringValue())
                .containsExactly("customer-7", "customer-42");
    }

    @Test
    void throttlesAChosenDevice() throws Exception {
        amplitude.throttleDevice("device-123", Duration.ofSeconds(5));

        HttpResponse<String> response = send(upload(forDevice("device-123")));

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(AmplitudeRequests.parse(response.body())
                        .get("throttled_devices")
                        .propertyNames())
                .containsExactly("device-123");
    }

    @Test
    void throttlesAnUploadOfMoreThan30EventsForOneDevice() throws Exception {
        HttpResponse<String> response = send(upload(API_KEY, copies(31, forDevice("device-123"))));

        assertThat(response.statusCode()).isEqualTo(429);
        JsonNode body = AmplitudeRequests.parse(response.body());
        assertThat(body.get("throttled_devices").get("device-123").intValue()).isEqualTo(31);
        assertThat(body.get("throttled_events").size()).isEqualTo(31);
        assertThat(amplitude.events()).isEmpty();
    }

    @Test
    void countsEventsIngestedInTheLastSecondTowardsTheRate() throws Exception {
        HttpResponse<String> first = send(upload(API_KEY, copies(30, forUser("customer-42"))));
        List<String> mixed = new ArrayList<>(List.of(forUser("customer-7")));
        mixed.add(forUser("customer-42"));
        HttpResponse<String> second = send(upload(API_KEY, mixed));
        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> third = send(upload(forUser("customer-42")));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(429);
        JsonNode body = AmplitudeRequests.parse(second.body());
        assertThat(body.get("throttled_users").get("customer-42").intValue()).isEqualTo(31);
        assertThat(indices(body.get("throttled_events"))).containsExactly(1);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(amplitude.events()).hasSize(31);
    }

    @Test
    void liftsEveryThrottleWhenCleared() throws Exception {
        amplitude.throttleUser("customer-42", Duration.ofHours(1));
        amplitude.clearThrottles();

        assertThat(send(upload(forUser("customer-42"))).statusCode()).isEqualTo(200);
    }
}
