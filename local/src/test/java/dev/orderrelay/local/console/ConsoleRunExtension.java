package dev.orderrelay.local.console;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a browser test class the shared {@link ConsoleRun}: {@code @RegisterExtension static final
 * ConsoleRunExtension RUN = new ConsoleRunExtension();} then {@code RUN.run()} in the tests.
 */
final class ConsoleRunExtension implements BeforeAllCallback {

    private ConsoleRun run;

    @Override
    public void beforeAll(ExtensionContext context) {
        // Skip (or, in CI, fail) before starting a whole local run for a browser that is not there.
        Browser.requireChromium();
        run = ConsoleRun.shared(context);
    }

    ConsoleRun run() {
        return run;
    }
}
