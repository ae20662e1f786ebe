package dev.orderrelay.console.overview;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/overview}: the overview as JSON for tools (viewer), the same figures the page shows. */
@RestController
class OverviewController {

    private final OverviewService overview;

    OverviewController(OverviewService overview) {
        this.overview = overview;
    }

    @GetMapping("/api/overview")
    OverviewView overview() {
        return overview.overview();
    }
}
