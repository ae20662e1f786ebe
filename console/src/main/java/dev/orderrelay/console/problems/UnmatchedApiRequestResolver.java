package dev.orderrelay.console.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers {@code /api} requests that no console controller took (an unknown path, a method or content type the
 * path does not serve) with a problem and a code, e.g. 405 {@code method-not-allowed}. The controller advice
 * cannot: it applies to controllers, and there is none here. Other paths are left to the hosting application.
 */
@Component
class UnmatchedApiRequestResolver implements HandlerExceptionResolver, Ordered {

    private static final String API = "/api/";

    private final ProblemWriter writer;

    UnmatchedApiRequestResolver(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        if (handler instanceof HandlerMethod
                || !(ex instanceof ErrorResponse error)
                || !request.getRequestURI().startsWith(request.getContextPath() + API)) {
            return null;
        }
        ProblemDetail problem = ApiProblems.withCode(error.getBody(), ApiProblems.codeOf(error.getStatusCode()));
        error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try {
            writer.write(request, response, problem);
            return new ModelAndView();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
