package dev.orderrelay.console.security;

import dev.orderrelay.console.problems.ApiProblems;
import dev.orderrelay.console.problems.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers requests that Spring Security refuses, before any controller runs: 401 {@code unauthenticated} with a
 * challenge for each way in that is configured (Basic, Bearer), 403 {@code forbidden}. Neither says whether a user
 * name exists, which part was wrong, or why a token was refused (expired, foreign signature): that would help a
 * forger more than a legitimate caller, whose provider tells them.
 */
@Component
public final class SecurityProblemResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "order-relay console";

    private final ProblemWriter writer;
    private final List<String> challenges;
    private final String howToSignIn;

    SecurityProblemResponder(ProblemWriter writer, SignInMethods signIn) {
        this.writer = writer;
        List<String> offered = new ArrayList<>();
        List<String> ways = new ArrayList<>();
        if (signIn.passwords() || !signIn.bearerTokens()) {
            offered.add("Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            ways.add("HTTP Basic as a configured console user");
        }
        if (signIn.bearerTokens()) {
            offered.add("Bearer realm=\"" + REALM + "\"");
            ways.add("a bearer token (JWT) from your organisation's identity provider");
        }
        this.challenges = List.copyOf(offered);
        this.howToSignIn = "Sign in with " + String.join(", or ", ways) + ".";
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        challenges.forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
        writer.write(request, response, ApiProblems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", howToSignIn));
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        writer.write(
                request,
                response,
                ApiProblems.problem(
                        HttpStatus.FORBIDDEN, "forbidden", "Your console roles do not allow this request."));
    }
}
