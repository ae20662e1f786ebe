package dev.orderrelay.console;

import dev.orderrelay.console.security.ClaimRoles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the console role. Checks that involve passwords (their encoding, unique user names) run when the
 * users are loaded, not in a constructor here: a constructor that throws while binding makes Spring Boot's
 * start-up report print the value of the last property it bound, which may be a password. For the same reason
 * every other check here is a validation annotation, never a throwing constructor.
 *
 * @param users who may sign in to the console with a password (the sign-in form, HTTP Basic on {@code /api}), and
 *     with which roles. There is no default user: only the local profile of the one-process run configures one. May
 *     be empty when an OIDC client registration signs people in instead; with neither, the console refuses to start
 *     (checked by {@code SignInMethods}, which sees both)
 * @param allowHttpDestinations whether a webhook destination may use a plain {@code http://} URL; off in
 *     production, on in local mode where the simulated destinations listen on 127.0.0.1 without TLS
 * @param ingestQueue where a replayed process-stage event goes: the ingest queue, by name or URL; resolved at
 *     start-up, so a missing queue stops the console naming this property
 * @param deliveryQueues where a replayed delivery goes: the delivery queue of each destination kind
 * @param eventbridgeQueue where a replayed ingest-stage event (an EventBridge event the receiver could not read or
 *     publish) goes: the EventBridge queue, by name or URL; unset where the receiver does not read EventBridge, and
 *     then such events cannot be replayed, only discarded
 * @param deadLetterQueues the dead-letter queues behind those queues, whose depths the overview shows
 * @param replay how replays of a filter's worth of dead letters run
 * @param reconciliations how many requested reconciliation runs may wait for a reconciler
 * @param oidc how people signed in by an OIDC provider, and bearer tokens on {@code /api}, get their roles
 */
@Validated
@ConfigurationProperties("relay.console")
public record ConsoleProperties(
        List<@Valid ConsoleUser> users,

        @DefaultValue("false") boolean allowHttpDestinations,
        @DefaultValue("order-relay-ingest") @NotBlank String ingestQueue,
        @DefaultValue @Valid DeliveryQueues deliveryQueues,
        String eventbridgeQueue,
        @DefaultValue @Valid DeadLetterQueues deadLetterQueues,
        @DefaultValue @Valid Replay replay,
        @DefaultValue @Valid ReconciliationRequests reconciliations,
        @DefaultValue @Valid Oidc oidc) {

    public ConsoleProperties {
        users = users == null ? List.of() : List.copyOf(users);
        oidc = oidc == null ? new Oidc(ClaimRoles.DEFAULT_CLAIM) : oidc;
    }

    /**
     * Roles of people and tools authenticated by the organisation's identity provider: an OIDC sign-in to the pages
     * (its ID token) and a bearer token on {@code /api} (a JWT access token) carry them in one claim.
     *
     * @param rolesClaim the claim holding the roles, as a JSON list or a space-separated string, e.g.
     *     {@code ["support"]} or {@code "viewer support"}; values {@code viewer}, {@code support} and {@code admin}
     *     (any case) count, others are ignored. A person without any of them signs in but may do nothing
     */
    public record Oidc(
            @DefaultValue(ClaimRoles.DEFAULT_CLAIM) @NotBlank
            String rolesClaim) {}

    /**
     * One queue per destination kind, by name or URL, as the worker reads them. A nested record rather than a map,
     * so every kind has its default and a typo in a kind fails binding instead of adding a queue nobody reads.
     *
     * @param webhook the signed-webhook destinations' queue
     * @param ga4 the Google Analytics 4 destinations' queue
     * @param segment the Segment destinations' queue
     * @param amplitude the Amplitude destinations' queue
     */
    public record DeliveryQueues(
            @DefaultValue("order-relay-deliveries-webhook") @NotBlank
            String webhook,

            @DefaultValue("order-relay-deliveries-ga4") @NotBlank
            String ga4,

            @DefaultValue("order-relay-deliveries-segment") @NotBlank
            String segment,

            @DefaultValue("order-relay-deliveries-amplitude") @NotBlank
            String amplitude) {

        /** Queue names (or URLs) by destination kind wire name, e.g. {@code ga4}. */
        public Map<String, String> byKind() {
            Map<String, String> queues = new LinkedHashMap<>();
            queues.put("webhook", webhook);
            queues.put("ga4", ga4);
            queues.put("segment", segment);
            queues.put("amplitude", amplitude);
            return queues;
        }
    }

    /**
     * The dead-letter queue behind each queue, by name or URL, as the devstack and the infrastructure create them
     * (the worker's {@code relay.worker.dead-letter-queues.*} name the same queues). Read only for the overview's
     * depths: the worker moves their messages into the ledger's parked events.
     *
     * @param ingest the ingest queue's
     * @param webhook the signed-webhook delivery queue's
     * @param ga4 GA4's delivery queue's
     * @param segment Segment's delivery queue's
     * @param amplitude Amplitude's delivery queue's
     * @param eventbridge the EventBridge queue's; unset where the receiver does not read EventBridge
     */
    public record DeadLetterQueues(
            @DefaultValue("order-relay-ingest-dlq") @NotBlank
            String ingest,

            @DefaultValue("order-relay-deliveries-webhook-dlq") @NotBlank
            String webhook,

            @DefaultValue("order-relay-deliveries-ga4-dlq") @NotBlank
            String ga4,

            @DefaultValue("order-relay-deliveries-segment-dlq") @NotBlank
            String segment,

            @DefaultValue("order-relay-deliveries-amplitude-dlq") @NotBlank
            String amplitude,

            String eventbridge) {

        /** Delivery dead-letter queues by destination kind wire name, in the kinds' usual order. */
        public Map<String, String> deliveriesByKind() {
            Map<String, String> queues = new LinkedHashMap<>();
            queues.put("webhook", webhook);
            queues.put("ga4", ga4);
            queues.put("segment", segment);
            queues.put("amplitude", amplitude);
            return queues;
        }
    }

    /**
     * How replay jobs (a filter's worth of dead letters) run on a console pod.
     *
     * @param pageSize parked events read per ledger query while counting and replaying; bounds a job's memory
     * @param maxJobs replay jobs one pod runs at once; more are refused with 429 until one finishes
     * @param publishTimeout how long one replay waits for SQS to accept the message before it answers 503 (a job
     *     stops there: the queue is unavailable)
     */
    public record Replay(
            @DefaultValue("100") @Min(1) @Max(1000) int pageSize,
            @DefaultValue("2") @Min(1) @Max(16) int maxJobs,

            @DefaultValue("5s") @DurationMin(millis = 100) @DurationMax(seconds = 60)
            Duration publishTimeout) {}

    /**
     * Requested reconciliation runs ({@code POST /api/reconciliations}). The reconciler executes runs one at a time
     * under one lock, and a scheduled run finding the lock taken is skipped, so a long queue of requests would
     * crowd out the hourly schedule; past this many queued runs a request is refused with 429.
     *
     * @param maxQueued runs that may be queued (asked for, not yet picked up) at once, across all shops and pods
     */
    public record ReconciliationRequests(
            @DefaultValue("10") @Min(1) @Max(100) int maxQueued) {}
}
