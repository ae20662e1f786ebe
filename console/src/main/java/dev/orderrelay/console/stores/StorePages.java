package dev.orderrelay.console.stores;

import dev.orderrelay.console.pages.ConsolePage;
import dev.orderrelay.console.shops.ShopDomain;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The stores grid ({@code GET /console/stores?after=}) and one store's page ({@code GET /console/stores/{shop}?hours=}),
 * both a viewer's. An unknown shop renders the problem page with 404 {@code shop-not-found}.
 */
@ConsolePage
class StorePages {

    private final StoresGrid grid;
    private final StoreOverview overview;

    StorePages(StoresGrid grid, StoreOverview overview) {
        this.grid = grid;
        this.overview = overview;
    }

    @GetMapping("/console/stores")
    String stores(@RequestParam(required = false) String after, Model model) {
        // The cursor is the previous page's last shop; anything else (edited by hand) starts from the first page.
        model.addAttribute("grid", grid.page(ShopDomain.isValid(after) ? after : null));
        model.addAttribute("gapFloor", HourCell.GAP_FLOOR);
        return "console/stores";
    }

    @GetMapping("/console/stores/{shop}")
    String store(@PathVariable String shop, @RequestParam(required = false) String hours, Model model) {
        int window = String.valueOf(StoreOverview.LONG_WINDOW).equals(hours)
                ? StoreOverview.LONG_WINDOW
                : StoreOverview.SHORT_WINDOW;
        model.addAttribute("store", overview.view(shop, window));
        return "console/store";
    }
}
