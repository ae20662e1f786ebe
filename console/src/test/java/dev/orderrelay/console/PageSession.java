package dev.orderrelay.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's view of the console pages over real HTTP: its own cookie jar (the session), redirects not followed,
 * so a test sees each hop (sign-in, OIDC provider, callback) and decides where to go next.
 */
public final class PageSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;

    public PageSession(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A session without sign-in. */
    public static PageSession anonymous(int port) {
        return new PageSession(port);
    }

    /** A session signed in with the form as a configured user; fails the test if sign-in does not succeed. */
    public static PageSession signedIn(int port, String user, String password) {
        PageSession session = new PageSession(port);
        String form = session.get("/console/sign-in").body();
        Matcher csrf = CSRF_INPUT.matcher(form);
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        HttpResponse<String> signIn = session.postForm(
                "/console/sign-in", Map.of("username", user, "password", password, "_csrf", csrf.group(1)));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("failed"));
        return session;
    }

    /** GET of a console path, e.g. {@code /console/api}. */
    public HttpResponse<String> get(String path) {
        return get(URI.create("http://127.0.0.1:" + port + path));
    }

    /** GET of any URL, e.g. where a redirect points. */
    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("page request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling the console", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
