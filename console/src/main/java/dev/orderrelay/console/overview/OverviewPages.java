package dev.orderrelay.console.overview;

import dev.orderrelay.console.pages.ConsolePage;
import dev.orderrelay.console.pages.ConsolePaths;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overview page ({@code GET /console}, any signed-in user) and its live part ({@code GET /console/overview/live}),
 * which the page fetches with htmx every few seconds and swaps in whole. Chart data travels as JSON in a
 * {@code data-chart} attribute that {@code overview.js} reads: the Content-Security-Policy forbids inline scripts.
 */
@ConsolePage
class OverviewPages {

    static final String LIVE = ConsolePaths.ROOT + "/overview/live";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OverviewService overview;

    OverviewPages(OverviewService overview) {
        this.overview = overview;
    }

    @GetMapping(ConsolePaths.ROOT)
    String page(Model model) {
        fill(model);
        return "console/overview";
    }

    @GetMapping(LIVE)
    String live(Model model) {
        fill(model);
        return "console/overview :: live";
    }

    private void fill(Model model) {
        OverviewView view = overview.overview();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("minutes", view.live().minutes());
        chart.put("byStore", view.live().byStore());
        chart.put("byDestination", view.live().byDestination());
        model.addAttribute("overview", view);
        model.addAttribute("chartJson", JSON.writeValueAsString(chart));
        model.addAttribute("liveUrl", LIVE);
    }
}
