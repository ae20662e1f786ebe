package dev.orderrelay.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Turns every run's figures into the report's measures, with the targets and the notes on missed ones. */
final class Measures {

    private Measures() {}

    static List<Measure> of(
            List<ReceiverBench.Run> receiver,
            List<EndToEndBench.Run> endToEnd,
            List<ReconciliationBench.Run> reconciliation,
            BenchOptions options) {
        List<Measure> measures = new ArrayList<>();
        if (!receiver.isEmpty()) {
            measures.addAll(receiver(receiver));
        }
        if (!endToEnd.isEmpty()) {
            measures.addAll(endToEnd(endToEnd, options));
        }
        if (!reconciliation.isEmpty()) {
            measures.addAll(reconciliation(reconciliation, options));
        }
        return measures.stream().map(Notes::explain).toList();
    }

    private static List<Measure> receiver(List<ReceiverBench.Run> runs) {
        List<Measure> measures = new ArrayList<>();
        List<Double> webhooks = each(runs, ReceiverBench.Run::webhooksPerSecond);
        measures.add(Measure.against(
                        Notes.RECEIVER_VS_BATCH,
                        "msg/s",
                        webhooks,
                        "raw SDK SendMessageBatch loop",
                        each(runs, ReceiverBench.Run::rawBatchPerSecond))
                .withTarget(Target.ratioAtLeast(0.9)));
        measures.add(Measure.against(
                        Notes.RECEIVER_VS_BARE,
                        "req/s",
                        webhooks,
                        "bare 200-OK endpoint, same stack",
                        each(runs, ReceiverBench.Run::barePerSecond))
                .withTarget(Target.ratioAtLeast(0.4)));
        for (int i = 0; i < ReceiverBench.LOADS.length; i++) {
            int load = ReceiverBench.LOADS[i];
            int index = i;
            measures.add(Measure.against(
                    "receiver p50 at " + load + " % of max",
                    "ms",
                    each(runs, run -> run.loads().get(index).receiver().p50()),
                    "raw SendMessage p50, same rate",
                    each(runs, run -> run.loads().get(index).raw().p50())));
            Measure p99 = Measure.against(
                    "receiver p99 at " + load + " % of max",
                    "ms",
                    each(runs, run -> run.loads().get(index).receiver().p99()),
                    "raw SendMessage p99, same rate",
                    each(runs, run -> run.loads().get(index).raw().p99()));
            measures.add(load == 50 ? p99.withTarget(Target.atMostBaselinePlus(10)) : p99);
            measures.add(Measure.against(
                    "receiver p99.9 at " + load + " % of max",
                    "ms",
                    each(runs, run -> run.loads().get(index).receiver().p999()),
                    "raw SendMessage p99.9, same rate",
                    each(runs, run -> run.loads().get(index).raw().p999())));
        }
        measures.add(Measure.plain("receiver start-up to ready", "s", each(runs, ReceiverBench.Run::startupSeconds)));
        measures.add(Measure.plain("receiver peak heap under load", "MiB", each(runs, ReceiverBench.Run::peakHeapMib)));
        return measures;
    }

    private static List<Measure> endToEnd(List<EndToEndBench.Run> runs, BenchOptions options) {
        List<Measure> measures = new ArrayList<>();
        measures.add(Measure.against(
                        Notes.END_TO_END,
                        "orders/s",
                        each(runs, EndToEndBench.Run::ordersPerSecond),
                        "slower raw loop (receive/delete or conditional put)",
                        each(runs, EndToEndBench.Run::slowerRawLoop))
                .withTarget(Target.ratioAtLeast(0.5)));
        measures.add(Measure.plain(
                "end-to-end p99, burst of " + options.e2eOrders() + " orders",
                "ms",
                each(runs, EndToEndBench.Run::p99Millis)));
        measures.add(Measure.against(
                "end to end, the worker's DynamoDB calls a second",
                "calls/s",
                each(runs, EndToEndBench.Run::dynamoDbCallsPerSecond),
                "raw DynamoDB conditional-put loop",
                each(runs, EndToEndBench.Run::conditionalPutsPerSecond)));
        measures.add(
                Measure.plain("worker AWS calls per order", "calls", each(runs, EndToEndBench.Run::awsCallsPerOrder)));
        measures.add(Measure.plain(
                "worker DynamoDB calls per order", "calls", each(runs, EndToEndBench.Run::dynamoDbCallsPerOrder)));
        measures.add(Measure.plain(
                "worker SQS calls per order (with its idle polls)",
                "calls",
                each(runs, EndToEndBench.Run::sqsCallsPerOrder)));
        measures.add(Measure.plain(
                "raw SQS receive/delete loop", "msg/s", each(runs, EndToEndBench.Run::receiveDeletePerSecond)));
        measures.add(Measure.plain(
                "raw DynamoDB conditional-put loop",
                "puts/s",
                each(runs, EndToEndBench.Run::conditionalPutsPerSecond)));
        return measures;
    }

    private static List<Measure> reconciliation(List<ReconciliationBench.Run> runs, BenchOptions options) {
        List<Measure> measures = new ArrayList<>();
        List<Double> ceiling = each(runs, ReconciliationBench.Run::ceilingPerSecond);
        measures.add(Measure.against(
                        Notes.reconciliation(options.reconcileOrders()),
                        "orders/s",
                        each(runs, ReconciliationBench.Run::ordersPerSecond),
                        "Admin API cost-bucket ceiling",
                        ceiling)
                .withTarget(Target.ratioAtLeast(0.9)));
        measures.add(Measure.against(
                "raw paced GraphQL listing loop",
                "orders/s",
                each(runs, ReconciliationBench.Run::rawListingPerSecond),
                "Admin API cost-bucket ceiling",
                ceiling));
        return measures;
    }

    private static <T> List<Double> each(List<T> runs, ToDoubleFunction<T> figure) {
        return runs.stream().map(run -> figure.applyAsDouble(run)).toList();
    }
}
