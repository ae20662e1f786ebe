package dev.orderrelay.console.reconciliations;

import dev.orderrelay.console.pages.ConsolePage;
import dev.orderrelay.console.pages.ConsolePaths;
import dev.orderrelay.console.problems.ConsoleApiException;
import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.ledger.reconciliations.ReconciliationRun;
import dev.orderrelay.ledger.reconciliations.Reconciliations;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reconciliation pages: runs newest first, of every shop (the {@code by-day} index) or of one (its requested
 * runs, the {@code by-shop} index), with what each found and repaired; one run, polled while it is queued or
 * running; and the form that queues one (support), checked and refused as the API does.
 */
@ConsolePage
class ReconciliationPages {

    static final String LIST = ConsolePaths.ROOT + "/reconciliations";
    static final int ROWS = 50;

    /** A run id as the ledger makes them; a cursor that is not one starts the list from the newest. */
    private static final Pattern RUN_ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{8}");

    private final Reconciliations ledger;
    private final ReconciliationRuns runs;
    private final Clock clock;

    ReconciliationPages(Reconciliations ledger, ReconciliationRuns runs, Clock clock) {
        this.ledger = ledger;
        this.runs = runs;
        this.clock = clock;
    }

    @GetMapping(LIST)
    String list(
            @RequestParam(required = false) String shop, @RequestParam(required = false) String before, Model model) {
        String shown = shop == null || shop.isBlank() ? null : ShopDomain.require(shop.strip());
        model.addAttribute("shop", shown);
        model.addAttribute("start", ReconciliationForm.lastHour(shown, clock.instant()));
        return listed(shown, before, model);
    }

    @PostMapping(LIST)
    String start(
            @ModelAttribute("start") ReconciliationForm form,
            Principal user,
            Model model,
            HttpServletResponse response) {
        try {
            ReconciliationRun run =
                    runs.request(ReconciliationRequest.read(form.body(), clock.instant()), user.getName());
            return "redirect:" + LIST + "/" + run.runId();
        } catch (ConsoleApiException refused) {
            // The form stays as typed, with the API's words on what to fix (or why none can be queued now).
            model.addAttribute("error", refused.getMessage());
            response.setStatus(refused.status().value());
            model.addAttribute("shop", null);
            return listed(null, null, model);
        }
    }

    @GetMapping(LIST + "/{id}")
    String run(@PathVariable String id, Model model) {
        model.addAttribute("run", ReconciliationView.of(runs.find(id)));
        return "console/reconciliation";
    }

    /** The run's state and findings alone, for the page's htmx polling; it stops once the run has ended. */
    @GetMapping(LIST + "/{id}/progress")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("run", ReconciliationView.of(runs.find(id)));
        return "console/reconciliation :: progress";
    }

    private String listed(String shop, String before, Model model) {
        String after = before != null && RUN_ID.matcher(before).matches() ? before : null;
        List<ReconciliationView> rows = (shop == null ? ledger.recent(after, ROWS) : ledger.forShop(shop, after, ROWS))
                .stream().map(ReconciliationView::of).toList();
        model.addAttribute("runs", rows);
        model.addAttribute("next", rows.size() == ROWS ? rows.getLast().id() : null);
        return "console/reconciliations";
    }
}
