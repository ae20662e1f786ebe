package dev.orderrelay.console.reconciliations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReconciliationRequestTests {

    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void widensTheWindowToWholeHours() {
        ReconciliationRequest request = read(
                "{\"shop\": \"demo.myshopify.com\", \"from\": \"2026-11-24T07:30:00Z\", \"to\": \"2026-11-24T10:15:00Z\"}");

        assertThat(request.shop()).isEqualTo("demo.myshopify.com");
        assertThat(request.from()).isEqualTo("2026-11-24T07:00:00Z");
        assertThat(request.to()).isEqualTo("2026-11-24T11:00:00Z");
    }

    @Test
    void meansEveryActiveShopWithoutAShop() {
        assertThat(read("{\"from\": \"2026-11-24T07:00:00Z\", \"to\": \"2026-11-24T08:00:00Z\"}")
                        .shop())
                .isNull();
        assertThat(read("{\"shop\": null, \"from\": \"2026-11-24T07:00:00Z\", \"to\": \"2026-11-24T08:00:00Z\"}")
                        .shop())
                .isNull();
    }

    @Test
    void takesSeventyTwoWholeHoursAtMost() {
        ReconciliationRequest longest = read("{\"from\": \"2026-11-21T11:00:00Z\", \"to\": \"2026-11-24T11:00:00Z\"}");

        assertThat(longest.from()).isEqualTo("2026-11-21T11:00:00Z");
        assertThat(fields(refused("{\"from\": \"2026-11-21T10:59:59Z\", \"to\": \"2026-11-24T11:00:00Z\"}")))
                .isEqualTo("from");
    }

    @Test
    void reachesSixtyDaysBackAtMost() {
        assertThat(read("{\"from\": \"2026-09-25T11:00:00Z\", \"to\": \"2026-09-25T12:00:00Z\"}")
                        .from())
                .isEqualTo("2026-09-25T11:00:00Z");
        InvalidReconciliationException tooOld =
                refused("{\"from\": \"2026-09-25T10:15:29Z\", \"to\": \"2026-09-25T12:00:00Z\"}");
        assertThat(fields(tooOld)).isEqualTo("from");
        assertThat(tooOld.getMessage()).contains("read_all_orders", "2026-09-25T11:00:00Z");
    }

    @Test
    void endsWithTheCurrentHourAtTheLatest() {
        assertThat(read("{\"from\": \"2026-11-24T09:00:00Z\", \"to\": \"2026-11-24T11:00:00Z\"}")
                        .to())
                .isEqualTo("2026-11-24T11:00:00Z");
        assertThat(fields(refused("{\"from\": \"2026-11-24T09:00:00Z\", \"to\": \"2026-11-24T11:00:01Z\"}")))
                .isEqualTo("to");
    }

    @Test
    void reportsEveryFieldAtFaultAtOnce() {
        InvalidReconciliationException refused =
                refused("{\"shop\": \"Demo.example.com\", \"from\": 1732442400, \"window\": \"72h\"}");

        assertThat(fields(refused)).isEqualTo("window,shop,from,to");
    }

    private static ReconciliationRequest read(String body) {
        return ReconciliationRequest.read(JSON.readTree(body), NOW);
    }

    private static InvalidReconciliationException refused(String body) {
        InvalidReconciliationException refused =
                catchThrowableOfType(InvalidReconciliationException.class, () -> read(body));
        assertThat(refused).as(body).isNotNull();
        assertThat(refused.code()).isEqualTo("invalid-reconciliation");
        return refused;
    }

    /** The fields at fault, in order, comma-separated. */
    private static String fields(InvalidReconciliationException refused) {
        JsonNode problem = JSON.valueToTree(refused.toProblem().getProperties());
        StringBuilder fields = new StringBuilder();
        problem.path("errors").forEach(error -> {
            if (!fields.isEmpty()) {
                fields.append(',');
            }
            fields.append(error.path("field").asString());
        });
        return fields.toString();
    }
}
