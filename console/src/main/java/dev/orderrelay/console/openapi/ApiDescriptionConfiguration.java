package dev.orderrelay.console.openapi;

import dev.orderrelay.console.security.SignInMethods;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the generated description says beyond the controllers' signatures: who may call (Basic for configured users,
 * Bearer where a JWT issuer is configured, so the explorer's "Authorize" offers exactly what works), and that every
 * error is an {@code application/problem+json} body with a stable {@code code}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    private static final String DESCRIPTION = """
            The console's admin API: shops and their destinations, orders, dead letters (list, replay, discard, \
            bulk replay with a dry-run count), hourly throughput, reconciliation runs, the audit trail and \
            customers' data-request exports. Roles are cumulative: viewer reads; support also replays, discards, \
            asks for reconciliations and reads the audit trail, a dead letter's masked message, replay jobs and \
            data-request exports; admin also changes shops. Customer emails, names, phones and addresses are \
            masked in every answer except data-request exports. Every error is application/problem+json with a \
            stable `code` (e.g. `invalid-filter`, `forbidden`) and, for a request field at fault, `errors` \
            listing `{field, detail}`.""";

    @Bean
    OpenAPI consoleApiDescription(SignInMethods signIn) {
        Components components = new Components()
                .addSecuritySchemes(
                        BASIC,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("A user configured under relay.console.users."));
        OpenAPI description = new OpenAPI()
                .info(new Info()
                        .title("order-relay console API")
                        .version(version())
                        .description(DESCRIPTION))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
        if (signIn.bearerTokens()) {
            components.addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .bearerFormat("JWT")
                            .description("An access token of the organisation's identity provider whose roles claim"
                                    + " names viewer, support or admin."));
            description.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        return description;
    }

    @Bean
    OpenApiCustomizer consoleProblemResponses() {
        return new ProblemResponses();
    }

    /** The build's version where the jar says it (a packaged console), else that it is a development build. */
    private static String version() {
        String version = ApiDescriptionConfiguration.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
