package dev.orderrelay.console;

import io.awspring.cloud.autoconfigure.dynamodb.DynamoDbClientCustomizer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records every call the console's DynamoDB client makes, with the HTTP request being served on the calling
 * thread (none for start-up, replay jobs and other background work), so a test can tell which request path issued
 * which operation, e.g. that no request path issues a {@code Scan}. Registered on the client through Spring Cloud
 * AWS's customizer, so it sees exactly what the ledger sends.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DynamoDbCalls implements ExecutionInterceptor {

    /** One DynamoDB call, e.g. {@code Query} while serving {@code GET /api/dead-letters?shop=...}. */
    public record Call(String operation, String request) {

        /** Whether it was made while serving an HTTP request. */
        public boolean onRequestPath() {
            return request != null;
        }
    }

    private final List<Call> calls = new ArrayList<>();

    @Bean
    DynamoDbClientCustomizer recordDynamoDbCalls() {
        return builder -> builder.overrideConfiguration(builder.overrideConfiguration().toBuilder()
                .addExecutionInterceptor(this)
                .build());
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        Call call = new Call(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), currentRequest());
        synchronized (calls) {
            calls.add(call);
        }
    }

    /** How many calls are recorded so far; pass it to {@link #since(int)} to see what a test caused. */
    public int mark() {
        synchronized (calls) {
            return calls.size();
        }
    }

    /** The calls recorded after {@code mark}. */
    public List<Call> since(int mark) {
        synchronized (calls) {
            return List.copyOf(new ArrayList<>(calls.subList(mark, calls.size())));
        }
    }

    private static String currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String query = request.getQueryString();
            return request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
        }
        return null;
    }
}
