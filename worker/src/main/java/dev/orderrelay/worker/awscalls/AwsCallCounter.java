package dev.orderrelay.worker.awscalls;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts each AWS API call once when it ends ({@code relay.worker.aws.calls}, tagged {@code service},
 * {@code operation} and {@code outcome} {@code success} or {@code failure}); the SDK's own retries of a call are
 * part of that one call.
 */
public final class AwsCallCounter implements ExecutionInterceptor {

    static final String METER = "relay.worker.aws.calls";

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

    public AwsCallCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        count(attributes, "success");
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        count(attributes, "failure");
    }

    private void count(ExecutionAttributes attributes, String outcome) {
        String service = orUnknown(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
        String operation = orUnknown(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        counters.computeIfAbsent(
                        service + '|' + operation + '|' + outcome,
                        key -> Counter.builder(METER)
                                .description("AWS API calls the worker made, by service, operation and outcome")
                                .tag("service", service)
                                .tag("operation", operation)
                                .tag("outcome", outcome)
                                .register(registry))
                .increment();
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }
}
