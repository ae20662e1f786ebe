package dev.orderrelay.console.openapi;

import dev.orderrelay.console.pages.ConsolePage;
import dev.orderrelay.console.pages.ConsolePaths;
import org.springframework.web.bind.annotation.GetMapping;

/** The layout's "API" link: the explorer (Swagger UI), which lists {@code /api} and lets a user try it. */
@ConsolePage
class ApiExplorerPage {

    @GetMapping(ConsolePaths.API)
    String explorer() {
        return "redirect:" + ConsolePaths.API_EXPLORER + "/index.html";
    }
}
