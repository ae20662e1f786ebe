package dev.orderrelay.devstack.destinations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Building and reading faults in the simulator's JSON shape, and the messages for bad ones. */
class FaultTests {

    @Test
    void readsEveryFieldOfTheSimulatorShape() {
        Fault fault = Fault.fromJson("{\"mode\": \"status\", \"status\": 503, \"orders\": 3, \"seconds\": 60}");

        assertThat(fault).isEqualTo(new Fault(Fault.Mode.STATUS, 503, 3, 60));
    }

    @Test
    void readsTheModeInAnyCaseAndLeavesAbsentLimitsOpen() {
        assertThat(Fault.fromJson("{\"mode\": \"HANG\"}")).isEqualTo(Fault.hang());
        assertThat(Fault.fromJson("{\"mode\": \"throttle\", \"seconds\": 2, \"orders\": null}"))
                .isEqualTo(Fault.throttle().forSeconds(2));
    }

    @Test
    void readsADelayWithItsMillisAndWindow() {
        assertThat(Fault.fromJson("{\"mode\": \"delay\", \"millis\": 2000, \"seconds\": 60}"))
                .isEqualTo(Fault.delay(2000).forSeconds(60));
    }

    @Test
    void buildsTheSameFaultAsTheJson() {
        assertThat(Fault.status(500).forOrders(2).forSeconds(30)).isEqualTo(new Fault(Fault.Mode.STATUS, 500, 2, 30));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}                                              | mode is required",
                "{\"mode\": \"explode\"}                         | mode must be one of status, hang, throttle, delay",
                "{\"mode\": 3}                                   | mode must be one of status, hang, throttle, delay",
                "{\"mode\": \"status\"}                          | status is required when mode is status",
                "{\"mode\": \"status\", \"status\": 99}          | status must be between 100 and 599, was 99",
                "{\"mode\": \"status\", \"status\": 600}         | status must be between 100 and 599, was 600",
                "{\"mode\": \"status\", \"status\": \"500\"}     | status must be a whole number",
                "{\"mode\": \"hang\", \"orders\": -1}            | orders must not be negative, was -1",
                "{\"mode\": \"throttle\", \"seconds\": -5}       | seconds must not be negative, was -5",
                "{\"mode\": \"throttle\", \"seconds\": 1.5}      | seconds must be a whole number",
                "{\"mode\": \"delay\"}                           | millis is required when mode is delay",
                "{\"mode\": \"delay\", \"millis\": -1}            | millis must be between 0 and 300000, was -1",
                "[\"status\"]                                    | fault must be a JSON object",
                "{\"mode\": \"hang\"                             | fault must be a JSON object"
            })
    void rejectsABadFaultNamingTheField(String json, String message) {
        assertThatThrownBy(() -> Fault.fromJson(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsABadFaultBuiltInCode() {
        assertThatThrownBy(() -> Fault.status(500).forOrders(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("orders must not be negative");
        assertThatThrownBy(() -> new Fault(null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mode is required");
    }
}
