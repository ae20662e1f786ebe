package dev.orderrelay.worker.process;

import static dev.orderrelay.worker.process.EventTableRow.eventbridge;
import static dev.orderrelay.worker.process.EventTableRow.reconciler;
import static dev.orderrelay.worker.process.EventTableRow.row;
import static dev.orderrelay.worker.process.EventTableRow.steps;
import static dev.orderrelay.worker.process.EventTableRow.webhook;

import dev.orderrelay.worker.process.EventTableRow.Step;
import java.util.List;
import java.util.Map;

/**
 * The rows of docs/events.md, one per line, in its order. A new path or case is one more row here: an EventBridge
 * delivery, for instance, is {@code eventbridge("orders/paid", p -> ...)} with the same REST body as a webhook.
 */
final class EventTable {

    private static final Map<String, String> DEFAULTS = Map.of();
    private static final String PURCHASE = "purchase EUR 41.53 items=2";
    private static final String TEE_REFUND = "refund EUR 18.91 items=1";
    private static final String REST_REFUND = "refund EUR 22.62 items=2";
    private static final String WHOLE_ORDER = "refund EUR 41.53 items=0";

    private EventTable() {}

    static List<EventTableRow> rows() {
        Step create =
                webhook("orders/create", p -> p.order1042().status("pending").json());
        Step paid = webhook("orders/paid", p -> p.order1042().updated(-179).json());
        Step updated =
                webhook("orders/updated", p -> p.order1042().updated(-178).json());
        Step teeRefund = webhook("refunds/create", p -> p.refund1042("tee"));
        return List.of(
                row("E1", "orders/create awaiting payment", DEFAULTS, steps(create)),
                row(
                        "E2",
                        "orders/create paid at checkout, a guest (customer null)",
                        DEFAULTS,
                        steps(webhook("orders/create", p -> p.order1042().json())),
                        PURCHASE),
                row(
                        "E3",
                        "orders/create pending, then orders/paid, orders/updated",
                        DEFAULTS,
                        steps(create, paid, updated),
                        PURCHASE),
                row(
                        "E4",
                        "orders/create awaiting payment, purchaseOn=create",
                        Map.of("purchaseOn", "create"),
                        steps(create, paid),
                        PURCHASE),
                row(
                        "E5",
                        "the same order by every path: topics, a retry, EventBridge, the reconciler, a replay",
                        DEFAULTS,
                        steps(
                                create,
                                paid,
                                paid.retryOf(1),
                                eventbridge(
                                        "orders/paid",
                                        p -> p.order1042().updated(-179).json()),
                                updated,
                                reconciler("orders/create", p -> p.admin1042("paid")),
                                paid.replayOf(1)),
                        PURCHASE),
                row(
                        "E6",
                        "a test order, paid, refunded, cancelled",
                        DEFAULTS,
                        steps(
                                webhook("orders/paid", p -> p.order1042().test().json()),
                                teeRefund,
                                webhook(
                                        "orders/cancelled",
                                        p -> p.order1042()
                                                .test()
                                                .updated(-30)
                                                .cancelled(-30, "customer")
                                                .refunds("tee")
                                                .json()))),
                row(
                        "E7",
                        "a test order, includeTestOrders=true",
                        Map.of("includeTestOrders", "true"),
                        steps(webhook("orders/paid", p -> p.order1042().test().json()), teeRefund),
                        PURCHASE,
                        TEE_REFUND),
                row(
                        "E8",
                        "a POS order, excludedChannels=pos: paid, refunded, cancelled",
                        Map.of("excludedChannels", "pos,shopify_draft_order"),
                        steps(
                                webhook(
                                        "orders/paid",
                                        p -> p.order1042().channel("pos").json()),
                                teeRefund,
                                webhook(
                                        "orders/cancelled",
                                        p -> p.order1042()
                                                .channel("pos")
                                                .updated(-30)
                                                .cancelled(-30, "customer")
                                                .refunds("tee")
                                                .json()))),
                row(
                        "E9",
                        "a POS order, no channel excluded",
                        DEFAULTS,
                        steps(webhook(
                                "orders/paid", p -> p.order1042().channel("pos").json())),
                        PURCHASE),
                row(
                        "E10",
                        "refunds/create of part of the order",
                        DEFAULTS,
                        steps(paid, teeRefund, teeRefund.retryOf(1)),
                        PURCHASE,
                        TEE_REFUND),
                row(
                        "E11",
                        "refunds/create of every unit: a full refund",
                        DEFAULTS,
                        steps(paid, webhook("refunds/create", p -> p.refund1042("all"))),
                        PURCHASE,
                        WHOLE_ORDER),
                row(
                        "E12",
                        "orders/updated carrying a refund, then its refunds/create",
                        DEFAULTS,
                        steps(
                                paid,
                                webhook(
                                        "orders/updated",
                                        p -> p.order1042()
                                                .status("partially_refunded")
                                                .updated(-119)
                                                .refunds("tee")
                                                .json()),
                                teeRefund),
                        PURCHASE,
                        TEE_REFUND),
                row(
                        "E13",
                        "refunds/create before its order, then the (older) orders/paid",
                        DEFAULTS,
                        steps(teeRefund, paid),
                        PURCHASE,
                        TEE_REFUND),
                row(
                        "E14",
                        "orders/cancelled after a partial refund, the rest not refunded",
                        DEFAULTS,
                        steps(
                                paid,
                                teeRefund,
                                webhook(
                                        "orders/cancelled",
                                        p -> p.order1042()
                                                .status("partially_refunded")
                                                .updated(-30)
                                                .cancelled(-30, "customer")
                                                .refunds("tee")
                                                .json())),
                        PURCHASE,
                        TEE_REFUND,
                        "refund EUR 22.62 items=0"),
                row(
                        "E15",
                        "orders/cancelled that Shopify refunded in full",
                        DEFAULTS,
                        steps(
                                paid,
                                teeRefund,
                                webhook(
                                        "orders/cancelled",
                                        p -> p.order1042()
                                                .status("refunded")
                                                .updated(-59)
                                                .cancelled(-60, "customer")
                                                .refunds("tee", "rest")
                                                .json()),
                                webhook("refunds/create", p -> p.refund1042("rest"))),
                        PURCHASE,
                        TEE_REFUND,
                        REST_REFUND),
                row(
                        "E16",
                        "an authorized order cancelled (voided), first seen cancelled on orders/updated",
                        DEFAULTS,
                        steps(
                                webhook(
                                        "orders/create",
                                        p -> p.order1042().status("authorized").json()),
                                webhook(
                                        "orders/updated",
                                        p -> p.order1042()
                                                .status("voided")
                                                .updated(-30)
                                                .cancelled(-30, "declined")
                                                .json()),
                                webhook(
                                        "orders/cancelled",
                                        p -> p.order1042()
                                                .status("voided")
                                                .updated(-30)
                                                .cancelled(-30, "declined")
                                                .json())),
                        PURCHASE,
                        WHOLE_ORDER),
                row(
                        "E17",
                        "a refund after the cancellation was sent",
                        DEFAULTS,
                        steps(
                                paid,
                                webhook(
                                        "orders/cancelled",
                                        p -> p.order1042()
                                                .updated(-100)
                                                .cancelled(-100, "customer")
                                                .json()),
                                webhook("refunds/create", p -> p.refund1042("all"))),
                        PURCHASE,
                        WHOLE_ORDER),
                row(
                        "E18",
                        "orders/updated (paid) before its orders/create (pending)",
                        DEFAULTS,
                        steps(updated, create),
                        PURCHASE),
                row(
                        "E19",
                        "a shop in EUR, a buyer paying USD, currency=shop (the default)",
                        DEFAULTS,
                        steps(webhook("orders/updated", ShopifyPayloads::order2077)),
                        "purchase EUR 75.2 items=2",
                        "refund EUR 35.1 items=1"),
                row(
                        "E20",
                        "the same order, currency=presentment",
                        Map.of("currency", "presentment"),
                        steps(webhook("orders/updated", ShopifyPayloads::order2077)),
                        "purchase USD 81.61 items=2",
                        "refund USD 38.09 items=1"),
                row(
                        "E21",
                        "an order only the reconciler found, then its late (older) webhooks",
                        DEFAULTS,
                        steps(reconciler("orders/create", p -> p.admin1042("refunded")), paid, teeRefund),
                        PURCHASE,
                        TEE_REFUND));
    }
}
