package dev.orderrelay.console.openapi;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI description at a stable path under {@code /api}, for tools (a viewer's credentials, Basic or Bearer,
 * as any read). springdoc itself serves the same description under {@code /console/api} for the explorer, which
 * holds a page session, not credentials: {@code /api} accepts no cookie, so the explorer could not read it here.
 */
@RestController
@Hidden
class ApiDescriptionController {

    static final String PATH = "/api/openapi.json";

    private final OpenApiWebMvcResource springdoc;

    ApiDescriptionController(OpenApiWebMvcResource springdoc) {
        this.springdoc = springdoc;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] description(HttpServletRequest request, Locale locale) throws Exception {
        // springdoc derives the server URL by cutting this path off the request URL.
        return springdoc.openapiJson(request, PATH, locale);
    }
}
