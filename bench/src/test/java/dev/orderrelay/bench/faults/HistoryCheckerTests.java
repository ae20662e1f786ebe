package dev.orderrelay.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryCheckerTests {

    private final HistoryChecker checker = HistoryChecker.forDemoShop();

    @Test
    void reportsACleanHistoryAsNothingLostAndNothingDuplicated() {
        List<SourceOrder> orders = List.of(acked("1001"), acked("1002"));
        List<AcceptedEvent> events = new ArrayList<>(purchases("1001"));
        events.addAll(purchases("1002"));

        HistoryVerdict verdict = checker.check(orders, events);

        assertThat(verdict.lost()).isZero();
        assertThat(verdict.duplicated()).isZero();
        assertThat(verdict.clean()).isTrue();
        assertThat(verdict.webhooksSent()).isEqualTo(4);
        assertThat(verdict.webhooksAcked()).isEqualTo(4);
        assertThat(checker.allDelivered(orders, events)).isTrue();
    }

    @Test
    void reportsAnAcknowledgedOrderWhosePurchaseOneDestinationLacksAsLost() {
        List<AcceptedEvent> events = new ArrayList<>(purchases("1001"));
        events.removeIf(event -> event.kind().equals("segment"));

        HistoryVerdict verdict = checker.check(List.of(acked("1001")), events);

        assertThat(verdict.lost()).isEqualTo(1);
        assertThat(verdict.lostSample()).containsExactly("1001 (not at segment)");
        assertThat(verdict.clean()).isFalse();
    }

    @Test
    void reportsTheSameKeyAcceptedTwiceAsDuplicated() {
        List<AcceptedEvent> events = new ArrayList<>(purchases("1001"));
        events.add(events.get(1));

        HistoryVerdict verdict = checker.check(List.of(acked("1001")), events);

        assertThat(verdict.duplicated()).isEqualTo(1);
        assertThat(verdict.duplicatedSample()).singleElement().asString().contains("ga4 key ga4-1001");
        assertThat(verdict.sameKeyResends()).as("the peer did not flag it").isZero();
        assertThat(verdict.lost()).isZero();
    }

    @Test
    void countsARepeatThePeerFlaggedAsASameKeyResendWithinTheDuplicated() {
        List<AcceptedEvent> events = new ArrayList<>(purchases("1001"));
        AcceptedEvent first = events.get(1);
        events.add(new AcceptedEvent(first.kind(), first.destination(), first.key(), "1001", first.event(), true));

        HistoryVerdict verdict = checker.check(List.of(acked("1001")), events);

        assertThat(verdict.duplicated()).isEqualTo(1);
        assertThat(verdict.sameKeyResends()).isEqualTo(1);
    }

    @Test
    void reportsTwoPurchasesOfOneOrderUnderDifferentKeysAsDuplicated() {
        List<AcceptedEvent> events = new ArrayList<>(purchases("1001"));
        events.add(new AcceptedEvent("segment", "demo", "another-message-id", "1001", "Order Completed", false));

        HistoryVerdict verdict = checker.check(List.of(acked("1001")), events);

        assertThat(verdict.duplicated()).isEqualTo(1);
        assertThat(verdict.duplicatedSample()).singleElement().asString().contains("segment order 1001");
        assertThat(verdict.sameKeyResends()).isZero();
    }

    @Test
    void reportsAnEventThePeerFlaggedAsDuplicateEvenWhenItsFirstCopyIsOutOfView() {
        List<AcceptedEvent> events = new ArrayList<>(purchases("1001"));
        AcceptedEvent webhook = events.removeFirst();
        events.add(
                new AcceptedEvent(webhook.kind(), webhook.destination(), webhook.key(), "1001", webhook.event(), true));

        HistoryVerdict verdict = checker.check(List.of(acked("1001")), events);

        assertThat(verdict.duplicated()).isEqualTo(1);
    }

    @Test
    void countsAnOrderNeverAcknowledgedButDeliveredAsRepairedAndOneNotDeliveredAsMissingNotLost() {
        SourceOrder repaired = new SourceOrder("2001", true, 0, 0, 0);
        SourceOrder missing = new SourceOrder("2002", true, 1, 0, 0);

        HistoryVerdict verdict = checker.check(List.of(repaired, missing), purchases("2001"));

        assertThat(verdict.repaired()).isEqualTo(1);
        assertThat(verdict.missing()).isEqualTo(1);
        assertThat(verdict.missingSample()).singleElement().asString().startsWith("2002");
        assertThat(verdict.lost()).isZero();
        assertThat(checker.allDelivered(List.of(repaired, missing), purchases("2001")))
                .isFalse();
    }

    @Test
    void expectsNothingOfAnUnpaidOrderAndIgnoresOtherOrdersEvents() {
        SourceOrder unpaid = new SourceOrder("3001", false, 1, 1, 0);
        List<AcceptedEvent> events = new ArrayList<>(purchases("9999"));
        events.addAll(purchases("9999"));

        HistoryVerdict verdict = checker.check(List.of(unpaid), events);

        assertThat(verdict.clean()).isTrue();
        assertThat(verdict.paid()).isZero();
    }

    static SourceOrder acked(String orderId) {
        return new SourceOrder(orderId, true, 2, 2, 0);
    }

    /** The purchase of {@code orderId} as each of the demo shop's four destinations records it. */
    static List<AcceptedEvent> purchases(String orderId) {
        return List.of(
                new AcceptedEvent("webhook", "demo", "webhook-" + orderId, orderId, "purchase", false),
                new AcceptedEvent("ga4", "demo", "ga4-" + orderId, orderId, "purchase", false),
                new AcceptedEvent("segment", "demo", "segment-" + orderId, orderId, "Order Completed", false),
                new AcceptedEvent("amplitude", "demo", "amplitude-" + orderId, orderId, "Order Completed", false));
    }
}
