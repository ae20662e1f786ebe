package dev.orderrelay.local.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The layout's "API" link opens the explorer of the /api description, rendered under the console's
 * Content-Security-Policy (scripts from the console only): if the policy blocked Swagger UI, no operation would show.
 */
class ApiExplorerBrowserIntegrationTests {

    @RegisterExtension
    static final ConsoleRunExtension RUN = new ConsoleRunExtension();

    @Test
    void showsEveryApiOperationAndOpensOneFromTheLayoutsApiLink() {
        try (Browser browser = Browser.open(RUN.run().baseUrl())) {
            browser.signIn("viewer", "viewer-password").go("/console/forbidden");
            browser.waitFor(By.linkText("API")).click();

            browser.waitFor(By.cssSelector(".swagger-ui .opblock"));
            assertThat(browser.path()).startsWith("/console/api/swagger-ui/index.html");
            List<String> paths = browser.driver().findElements(By.cssSelector(".opblock-summary-path")).stream()
                    .map(WebElement::getText)
                    .map(text -> text.replace("\u200B", ""))
                    .toList();
            assertThat(paths).contains("/api/dead-letters", "/api/shops/{shop}", "/api/audit");
            assertThat(paths).noneMatch(path -> path.startsWith("/console") || path.startsWith("/simulator"));

            browser.driver()
                    .findElement(By.cssSelector(".opblock-get .opblock-summary"))
                    .click();
            browser.waitFor(By.cssSelector(".opblock.is-open .opblock-body"));
            browser.screenshot("api-explorer");
        }
    }
}
