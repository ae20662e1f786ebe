package dev.orderrelay.ledger.reconciliations;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run found and did so far; every count covers the shops and hours already checked.
 *
 * @param hoursTotal shop-hours the run will check
 * @param hoursChecked shop-hours checked so far
 * @param hoursProven of those, hours proven complete (only re-counted)
 * @param sourceOrders orders the source listed in the hours checked
 * @param missingOrders orders the source has that never reached the ledger: fetched and requeued
 * @param missingRefunds orders with a refund the ledger lacks: requeued
 * @param missingCancellations orders cancelled at the source that the ledger does not know cancelled: requeued
 * @param stalledOrders processed orders with a purchase not delivered long after it should have been: requeued so
 *     the worker sends it again to the destinations still missing it
 * @param subscriptionsRecreated webhook subscriptions found missing and created again, as {@code shop topic}
 * @param problems what went wrong for a shop, one line each (the run goes on with the other shops)
 */
public record RunFindings(
        int hoursTotal,
        int hoursChecked,
        int hoursProven,
        int sourceOrders,
        int missingOrders,
        int missingRefunds,
        int missingCancellations,
        int stalledOrders,
        List<String> subscriptionsRecreated,
        List<String> problems) {

    public static final RunFindings NONE = new RunFindings(0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());

    public RunFindings {
        subscriptionsRecreated = List.copyOf(subscriptionsRecreated);
        problems = List.copyOf(problems);
    }

    /** Every requeue the run made. */
    public int requeued() {
        return missingOrders + missingRefunds + missingCancellations + stalledOrders;
    }

    public RunFindings plus(RunFindings more) {
        List<String> subscriptions = new ArrayList<>(subscriptionsRecreated);
        subscriptions.addAll(more.subscriptionsRecreated);
        List<String> allProblems = new ArrayList<>(problems);
        allProblems.addAll(more.problems);
        return new RunFindings(
                hoursTotal + more.hoursTotal,
                hoursChecked + more.hoursChecked,
                hoursProven + more.hoursProven,
                sourceOrders + more.sourceOrders,
                missingOrders + more.missingOrders,
                missingRefunds + more.missingRefunds,
                missingCancellations + more.missingCancellations,
                stalledOrders + more.stalledOrders,
                subscriptions,
                allProblems);
    }
}
