package dev.orderrelay.console.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

class ApiProblemsTests {

    @Test
    void namesAStatusWithoutAMoreSpecificCodeInKebabCase() {
        assertThat(ApiProblems.codeOf(HttpStatus.METHOD_NOT_ALLOWED)).isEqualTo("method-not-allowed");
        assertThat(ApiProblems.codeOf(HttpStatusCode.valueOf(599))).isEqualTo("http-599");
    }

    @Test
    void putsTheCodeAndTheTypeOnTheProblem() {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.NOT_FOUND, "shop-not-found", "No such shop.");

        assertThat(problem.getType()).hasToString("https://order-relay.dev/problems/shop-not-found");
        assertThat(ApiProblems.members(problem))
                .containsEntry("code", "shop-not-found")
                .containsEntry("status", 404)
                .containsEntry("detail", "No such shop.");
    }
}
