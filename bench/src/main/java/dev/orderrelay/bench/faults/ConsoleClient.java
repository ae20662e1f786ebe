package dev.orderrelay.bench.faults;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The console's API as support uses it after an incident: request a reconciliation and follow it, list a shop's
 * parked events, replay them. Signed in with HTTP Basic as the local {@code ops} user, who has every role.
 */
public final class ConsoleClient {

    private final JsonHttp http;

    public ConsoleClient(URI api) {
        this.http = JsonHttp.to(api).withBasic("ops", "ops-password");
    }

    /** Queues a reconciliation of {@code shop} over the hours {@code from} to {@code to}; its run id. */
    public String requestReconciliation(String shop, Instant from, Instant to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shop", shop);
        body.put("from", from.toString());
        body.put("to", to.toString());
        return http.post("/api/reconciliations", body).path("id").asString();
    }

    /** A run's state ({@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}) and findings. */
    public ReconciliationState reconciliation(String id) {
        JsonNode run = http.get("/api/reconciliations/" + encode(id));
        JsonNode findings = run.path("findings");
        return new ReconciliationState(
                run.path("id").asString(),
                run.path("state").asString(),
                findings.path("requeued").asInt(0),
                findings.path("subscriptionsRecreated").size(),
                run.path("error").isNull() ? null : run.path("error").asString(null));
    }

    /** The shop's parked events (stage {@code process} or {@code deliver}, or null for both). */
    public List<DeadLetter> parked(String shop, String stage) {
        String query = "/api/dead-letters?shop=" + encode(shop) + (stage == null ? "" : "&stage=" + encode(stage));
        List<DeadLetter> letters = new ArrayList<>();
        for (JsonNode letter : http.get(query).path("deadLetters")) {
            letters.add(new DeadLetter(
                    letter.path("id").asString(),
                    letter.path("stage").asString(),
                    text(letter.path("destination")),
                    text(letter.path("orderId")),
                    text(letter.path("webhookId")),
                    text(letter.path("reason"))));
        }
        return letters;
    }

    /** Replays every parked event of {@code shop} at the destination named {@code destination}; the job's id. */
    public String replayDeliveries(String shop, String destination) {
        return http.post(
                        "/api/dead-letters/replay?shop=" + encode(shop) + "&destination=" + encode(destination)
                                + "&stage=deliver",
                        null)
                .path("id")
                .asString();
    }

    /** A replay job's state: {@code RUNNING}, {@code DONE} or {@code FAILED}. */
    public String replayState(String jobId) {
        return http.get("/api/dead-letters/replays/" + encode(jobId))
                .path("state")
                .asString();
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A reconciliation run as far as the suite follows it.
     *
     * @param requeued orders the run sent through the pipeline again
     * @param subscriptionsRecreated webhook subscriptions it found missing and created again
     * @param error why a failed run failed, or null
     */
    public record ReconciliationState(String id, String state, int requeued, int subscriptionsRecreated, String error) {

        public boolean finished() {
            return "DONE".equals(state) || "FAILED".equals(state);
        }
    }

    /** One parked event, as the dead-letter list shows it. */
    public record DeadLetter(
            String id, String stage, String destination, String orderId, String webhookId, String reason) {}
}
