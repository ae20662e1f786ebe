package dev.orderrelay.console.security;

import dev.orderrelay.console.problems.ApiProblems;
import dev.orderrelay.console.problems.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers requests that Spring Security refuses, before any controller runs: 401 {@code unauthenticated} with a
 * Basic challenge, 403 {@code forbidden}. Neither says whether a user name exists or which part was wrong.
 */
@Component
public final class SecurityProblemResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "order-relay console";

    private final ProblemWriter writer;

    SecurityProblemResponder(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        writer.write(
                request,
                response,
                ApiProblems.problem(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Sign in with HTTP Basic as a configured console user."));
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
