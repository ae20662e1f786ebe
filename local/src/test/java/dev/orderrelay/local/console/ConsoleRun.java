package dev.orderrelay.local.console;

import dev.orderrelay.local.LocalRelayApplication;
import dev.orderrelay.local.LocalRunArguments;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One local run (the README's run command, in-process, on free ports) shared by every console browser test class
 * in the test JVM: started by the first class that asks, closed when the JVM's tests end. The simulated store runs
 * faster than the profile's default so pages have data within seconds; its upstream loss and subscription deletion
 * stay on, so the reconciler finds and repairs gaps as it does for a new user.
 */
final class ConsoleRun implements AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ConsoleRun.class);

    private final ConfigurableApplicationContext context;

    private ConsoleRun(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The shared run, started on first use. */
    static ConsoleRun shared(ExtensionContext extension) {
        return extension
                .getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(ConsoleRun.class, key -> start(), ConsoleRun.class);
    }

    private static ConsoleRun start() {
        return new ConsoleRun(LocalRelayApplication.application()
                .run(LocalRunArguments.onFreePorts(
                        0,
                        "--relay.local.store.orders-per-minute=60",
                        "--relay.local.store.paid-delay=200ms",
                        "--relay.local.store.retry-base-delay=100ms")));
    }

    /** The console's base URL, e.g. {@code http://127.0.0.1:41234}. */
    String baseUrl() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://127.0.0.1:" + port;
    }

    /** A bean of the run, to arrange data or check the ledger behind what a page shows. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
