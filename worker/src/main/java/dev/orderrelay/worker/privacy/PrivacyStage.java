package dev.orderrelay.worker.privacy;

import dev.orderrelay.core.envelope.Envelope;
import dev.orderrelay.ledger.audit.AuditLog;
import dev.orderrelay.ledger.parked.ParkedEvents;
import dev.orderrelay.ledger.parked.ParkedStage;
import dev.orderrelay.ledger.privacy.DataRequestExport;
import dev.orderrelay.ledger.privacy.StoredBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process stage's branch for app lifecycle and privacy topics ({@code app/uninstalled},
 * {@code customers/data_request}, {@code customers/redact}, {@code shop/redact}): processed whatever the shop's
 * status (they come after an uninstall), each audited with actor {@value #ACTOR} and counts only, never personal
 * data. An invalid payload is parked with the reason and audited as refused. Any other exception (ledger or S3
 * unreachable) propagates: the message stays on the queue and the request runs again, which every handler allows.
 * It also keeps the stored-bodies index the privacy requests find a customer's large payloads by.
 */
public class PrivacyStage {

    /** The audit trail's actor for what Shopify asked. */
    static final String ACTOR = "shopify";

    private static final Logger log = LoggerFactory.getLogger(PrivacyStage.class);

    private final BodyObjects objects;
    private final Uninstalls uninstalls;
    private final DataRequestExporter exporter;
    private final CustomerRedactor redactor;
    private final ShopEraser eraser;
    private final StoredBodies index;
    private final ParkedEvents parked;
    private final AuditLog audit;

    PrivacyStage(
            BodyObjects objects,
            Uninstalls uninstalls,
            DataRequestExporter exporter,
            CustomerRedactor redactor,
            ShopEraser eraser,
            StoredBodies index,
            ParkedEvents parked,
            AuditLog audit) {
        this.objects = objects;
        this.uninstalls = uninstalls;
        this.exporter = exporter;
        this.redactor = redactor;
        this.eraser = eraser;
        this.index = index;
        this.parked = parked;
        this.audit = audit;
    }

    /** Whether {@code topic} is one of this stage's. */
    public boolean handles(String topic) {
        return PrivacyTopic.of(topic).isPresent();
    }

    public void process(Envelope envelope, String rawMessage) {
        PrivacyTopic topic = PrivacyTopic.of(envelope.topic())
                .orElseThrow(() -> new IllegalArgumentException("not a privacy topic: " + envelope.topic()));
        String shop = envelope.shop();
        try {
            String body = objects.payload(envelope);
            switch (topic) {
                case APP_UNINSTALLED -> {
                    PrivacyPayloads.appUninstalled(body, shop);
                    record(topic, shop, shop, 0, uninstalls.uninstall(shop).audit());
                }
                case CUSTOMERS_DATA_REQUEST -> {
                    CustomerRequest request = PrivacyPayloads.customer(topic.topic(), body, shop);
                    DataRequestExport export = exporter.export(shop, request);
                    record(topic, shop, "data request " + export.dataRequestId(), export.orders(), exported(export));
                }
                case CUSTOMERS_REDACT -> {
                    CustomerRequest request = PrivacyPayloads.customer(topic.topic(), body, shop);
                    CustomerRedactor.Redacted done = redactor.redact(shop, request);
                    record(topic, shop, target(envelope), done.total(), redacted(request, done));
                }
                case SHOP_REDACT -> {
                    PrivacyPayloads.shopRedact(body, shop);
                    ShopEraser.Erased erased = eraser.erase(shop);
                    record(topic, shop, shop, erased.total(), erased(erased));
                }
            }
        } catch (InvalidPrivacyPayloadException invalid) {
            String reason = invalid.getMessage() + "; fix the payload or ask Shopify to send it again, then replay";
            parked.park(new ParkedEvents.Parking(
                    shop, ParkedStage.PROCESS, null, null, envelope.webhookId(), reason, 1, rawMessage));
            record(topic, shop, target(envelope), 0, "refused: invalid payload, parked");
            log.error(
                    "privacy request parked topic={} shop={} webhookId={} reason={}",
                    topic.topic(),
                    shop,
                    envelope.webhookId(),
                    invalid.getMessage());
        }
    }

    /** Records which order a large payload holds, so a privacy request can find it by key; inline ones need not. */
    public void recordBody(Envelope envelope, String orderId) {
        if (!envelope.hasInlineBody()) {
            index.record(
                    envelope.shop(),
                    orderId,
                    envelope.bodyRef().bucket(),
                    envelope.bodyRef().key(),
                    envelope.bodySha256());
        }
    }

    private void record(PrivacyTopic topic, String shop, String target, int count, String outcome) {
        audit.record(new AuditLog.Recording(ACTOR, topic.auditAction(), shop, target, count, outcome, null));
        log.info("privacy request done topic={} shop={} target={} outcome={}", topic.topic(), shop, target, outcome);
    }

    private static String target(Envelope envelope) {
        return envelope.webhookId() == null ? "webhook (no id)" : "webhook " + envelope.webhookId();
    }

    private static String exported(DataRequestExport export) {
        return "exported: orders " + export.orders() + ", parked events " + export.parkedEvents() + ", stored bodies "
                + export.storedBodies();
    }

    private static String redacted(CustomerRequest request, CustomerRedactor.Redacted done) {
        return "redacted: orders " + done.orders() + " (" + request.orderIds().size() + " named), stored bodies "
                + done.bodies() + ", parked events " + done.parkedEvents() + ", held events " + done.heldEvents()
                + ", delivery errors " + done.deliveries()
                + ", exports deleted " + done.exports();
    }

    private static String erased(ShopEraser.Erased erased) {
        StringBuilder outcome = new StringBuilder("erased:");
        erased.removed()
                .forEach((step, count) -> outcome.append(' ')
                        .append(step)
                        .append(' ')
                        .append(count)
                        .append(','));
        outcome.append(erased.configurationKept() ? " configuration kept: the shop is ACTIVE again" : " nothing kept");
        return outcome.toString();
    }
}
