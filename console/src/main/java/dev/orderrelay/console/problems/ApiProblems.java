package dev.orderrelay.console.problems;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the console's problem details: a {@code type} under one base URI and a stable {@code code}. */
public final class ApiProblems {

    /** The property tools switch on; its values never change meaning. */
    public static final String CODE = "code";

    private static final String TYPE_BASE = "https://order-relay.dev/problems/";

    private ApiProblems() {}

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return withCode(problem, code);
    }

    /** Gives a problem Spring built (e.g. for an unsupported method) its code and type. */
    public static ProblemDetail withCode(ProblemDetail problem, String code) {
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setProperty(CODE, code);
        return problem;
    }

    /** The generic code of a status without a more specific one: 405 is {@code method-not-allowed}. */
    public static String codeOf(HttpStatusCode status) {
        if (status instanceof org.springframework.http.HttpStatus known) {
            return known.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return "http-" + status.value();
    }

    /** The problem as the JSON members RFC 9457 puts at the top level, for writers outside Spring MVC. */
    public static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }
}
