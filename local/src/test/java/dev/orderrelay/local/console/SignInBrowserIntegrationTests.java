package dev.orderrelay.local.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Sign-in to the console's pages in a real browser, with each of the local profile's dev users. */
class SignInBrowserIntegrationTests {

    @RegisterExtension
    static final ConsoleRunExtension RUN = new ConsoleRunExtension();

    @ParameterizedTest
    @CsvSource({
        "viewer, viewer-password, viewer",
        "support, support-password, support",
        "admin, admin-password, admin",
        "ops, ops-password, admin"
    })
    void signsInEachDevUserWithTheirStrongestRole(String user, String password, String role) {
        try (Browser browser = Browser.open(RUN.run().baseUrl())) {
            browser.signIn(user, password).go("/console/forbidden");

            assertThat(browser.waitFor(By.cssSelector("header .user-name")).getText())
                    .isEqualTo(user);
            assertThat(browser.driver()
                            .findElement(By.cssSelector("header .role"))
                            .getText())
                    .isEqualTo(role);
            assertThat(browser.driver().findElements(By.linkText("Audit")))
                    .as("the audit trail is support's")
                    .hasSize(role.equals("viewer") ? 0 : 1);
        }
    }

    @Test
    void refusesAWrongPasswordAndSaysSo() {
        try (Browser browser = Browser.open(RUN.run().baseUrl())) {
            browser.attemptSignIn("support", "not-the-password");

            assertThat(browser.waitFor(By.cssSelector(".notice.error")).getText())
                    .contains("did not match");
            assertThat(browser.path()).isEqualTo("/console/sign-in?failed");
            browser.screenshot("sign-in");
        }
    }

    @Test
    void sendsAnAnonymousVisitorToTheSignInPageAndBackAfterSigningIn() {
        try (Browser browser = Browser.open(RUN.run().baseUrl())) {
            browser.go("/console/forbidden");
            assertThat(browser.path()).isEqualTo("/console/sign-in");

            browser.driver().findElement(By.name("username")).sendKeys("viewer");
            browser.driver().findElement(By.name("password")).sendKeys("viewer-password");
            browser.driver()
                    .findElement(By.cssSelector("#sign-in button[type=submit]"))
                    .click();

            assertThat(browser.waitFor(By.cssSelector("header .user-name")).getText())
                    .isEqualTo("viewer");
            assertThat(browser.path()).startsWith("/console/forbidden");
        }
    }

    @Test
    void signsOutAndForgetsTheSession() {
        try (Browser browser = Browser.open(RUN.run().baseUrl())) {
            browser.signIn("viewer", "viewer-password").go("/console/forbidden");
            browser.waitFor(By.cssSelector("header form.who button")).click();

            browser.waitFor(By.cssSelector("#sign-in"));
            assertThat(browser.path()).isEqualTo("/console/sign-in?signed-out");
            browser.go("/console/forbidden");
            assertThat(browser.path()).isEqualTo("/console/sign-in");
        }
    }
}
