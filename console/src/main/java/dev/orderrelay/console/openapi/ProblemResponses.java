package dev.orderrelay.console.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Declares the errors every operation can answer, as the console answers them: a {@code Problem}
 * ({@code application/problem+json}, RFC 9457, with the console's {@code code} and, for fields at fault,
 * {@code errors}). 401 and 403 come from the security chain before any controller runs, so springdoc cannot see
 * them; 400 where an operation takes parameters or a body, 404 where its path names something, 503 when the ledger
 * does not answer. Answers springdoc already derived from the exception handlers are replaced, so each code has one
 * shape.
 */
final class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getPaths()
                .forEach((path, item) -> item.readOperations().forEach(operation -> declare(path, operation)));
    }

    private static void declare(String path, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesInput = (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn())))
                || operation.getRequestBody() != null;
        if (takesInput) {
            responses.addApiResponse("400", problem("A parameter or body field is invalid; `errors` names it."));
        }
        responses.addApiResponse("401", problem("No credentials, or credentials the console does not accept."));
        responses.addApiResponse("403", problem("The caller's role does not allow this request."));
        if (path.contains("{")) {
            responses.addApiResponse("404", problem("Nothing of that id exists (for that shop)."));
        }
        responses.remove("500");
        responses.addApiResponse("503", problem("The ledger (DynamoDB) did not answer; nothing changed. Retry."));
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.setProperties(Map.of("field", new StringSchema(), "detail", new StringSchema()));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An error, as RFC 9457 problem details with the console's stable code.");
        problem.addProperty("type", new StringSchema().description("https://order-relay.dev/problems/<code>"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema().description("What failed and what to do, for people."));
        problem.addProperty("instance", new StringSchema().description("The request path."));
        problem.addProperty("code", new StringSchema().description("Stable; tools switch on it."));
        problem.addProperty(
                "errors", new ArraySchema().items(fieldError).description("The request fields at fault, if any."));
        return problem;
    }
}
