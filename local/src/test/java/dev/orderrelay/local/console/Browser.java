package dev.orderrelay.local.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driving the console, through Debian's {@code chromium} and {@code chromedriver}
 * ({@code .ci/run} installs them when missing). Where they are missing outside CI the test is skipped, saying how
 * to install them; in CI ({@code CI=true}) it fails instead, so the browser tests can never silently stop running.
 *
 * <p>{@link #screenshot} writes {@code target/console-screenshots/<name>.png}; with
 * {@code -Dconsole.screenshots=<dir>} it also writes there (docs/console.md says how its pictures are refreshed).
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Paths.get(System.getProperty("console.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Paths.get(System.getProperty("console.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    private Browser(ChromeDriver driver, String baseUrl, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.profile = profile;
    }

    /** Starts a fresh browser (new profile: no cookies) for the console at {@code baseUrl}, e.g. {@code http://127.0.0.1:1234}. */
    static Browser open(String baseUrl) {
        requireChromium();
        try {
            Path profile = Files.createTempDirectory("console-browser");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // No background networking: this machine's closed network refuses Chromium's calls home, many at a time.
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1440,1000",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), baseUrl, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireChromium() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium or chromedriver is missing at " + CHROMIUM + " / " + CHROMEDRIVER
                    + ": .ci/run installs Debian's chromium and chromium-driver before the tests");
        }
        Assumptions.assumeTrue(
                installed,
                "console browser tests skipped: install Debian's chromium and chromium-driver"
                        + " (apt-get install chromium chromium-driver) to run them");
    }

    /** Opens {@code path} (e.g. {@code /console/stores}) on the console. */
    Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in through the console's form and waits until the browser has left the sign-in page. */
    Browser signIn(String user, String password) {
        go("/console/sign-in");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        new WebDriverWait(driver, WAIT).until(browser -> !path().startsWith("/console/sign-in"));
        return this;
    }

    /** Submits the sign-in form with these credentials and stays wherever the console answers. */
    Browser attemptSignIn(String user, String password) {
        go("/console/sign-in");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        return this;
    }

    /** Waits (bounded) until an element matching {@code locator} is visible, and returns it. */
    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits (bounded) until the element matching {@code locator} contains {@code text}. */
    void waitForText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The driver, for what the helpers here do not cover. */
    ChromeDriver driver() {
        return driver;
    }

    /** The current page's path and query, e.g. {@code /console/sign-in?failed}. */
    String path() {
        String url = driver.getCurrentUrl();
        assertThat(url).startsWith(baseUrl);
        return url.substring(baseUrl.length());
    }

    /** Saves a picture of the current page as {@code <name>.png} (see the class comment for where). */
    Path screenshot(String name) {
        try {
            Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
            Path target = Paths.get("target", "console-screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            String docs = System.getProperty("console.screenshots");
            if (docs != null && !docs.isBlank()) {
                Path copy = Paths.get(docs).resolve(name + ".png");
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary profile left behind costs disk, not correctness.
        }
    }
}
