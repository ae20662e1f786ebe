package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.pages.ConsolePage;
import dev.orderrelay.console.pages.ConsolePaths;
import dev.orderrelay.console.problems.ConsoleApiException;
import dev.orderrelay.ledger.shops.DestinationConfig;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dead-letter pages: the search (a viewer's), one dead letter with its masked message (support's, as in the
 * API), and its replay and discard buttons (support's: the page security chain refuses a viewer's POST). A button's
 * outcome, or the API's refusal in the API's words, is shown on the dead letter's page after a redirect, so
 * reloading never repeats an action.
 */
@ConsolePage
class DeadLetterPages {

    static final String LIST = ConsolePaths.ROOT + "/dead-letters";
    static final int ROWS = 50;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DeadLetterSearch search;
    private final DeadLetterActions actions;
    private final MessageMasker masker;
    private final ShopRegistry shops;

    DeadLetterPages(DeadLetterSearch search, DeadLetterActions actions, MessageMasker masker, ShopRegistry shops) {
        this.search = search;
        this.actions = actions;
        this.masker = masker;
        this.shops = shops;
    }

    @GetMapping(LIST)
    String list(
            @ModelAttribute("form") DeadLetterForm form,
            @RequestParam(required = false) String before,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("rowsPerPage", ROWS);
        model.addAttribute("maxExamined", DeadLetterSearch.MAX_EXAMINED);
        if (!form.searched()) {
            return "console/dead-letters";
        }
        try {
            DeadLetterFilter filter = form.filter();
            model.addAttribute("destinations", destinations(filter.shop()));
            model.addAttribute("filter", filter.describe());
            model.addAttribute("results", search.page(filter, before, ROWS));
        } catch (ConsoleApiException refused) {
            // The form stays as typed, with the API's words on what to fix.
            model.addAttribute("error", refused.getMessage());
            response.setStatus(refused.status().value());
        }
        return "console/dead-letters";
    }

    @GetMapping(LIST + "/{id}")
    String deadLetter(@PathVariable String id, Model model) {
        DeadLetterDetail detail = DeadLetterDetail.of(actions.find(id), masker);
        model.addAttribute("deadLetter", detail.deadLetter());
        model.addAttribute("messageNote", detail.messageNote());
        model.addAttribute(
                "message",
                detail.message() == null
                        ? null
                        : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(detail.message()));
        model.addAttribute("maxReason", DeadLetterActions.MAX_REASON);
        return "console/dead-letter";
    }

    @PostMapping(LIST + "/{id}/replay")
    String replay(@PathVariable String id, Principal user, RedirectAttributes redirect) {
        try {
            DeadLetterActions.Replayed replayed = actions.replay(id, user.getName());
            redirect.addFlashAttribute(
                    "done",
                    replayed.outcome() == ReplayOutcome.REPLAYED
                            ? "Replayed: the event is back on its queue and will be delivered again."
                            : "Already delivered: the destination had accepted it, so nothing was sent.");
        } catch (ConsoleApiException refused) {
            refusal(redirect, refused);
        }
        return "redirect:" + LIST + "/{id}";
    }

    @PostMapping(LIST + "/{id}/discard")
    String discard(
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            Principal user,
            RedirectAttributes redirect) {
        try {
            actions.discard(id, reason, user.getName());
            redirect.addFlashAttribute("done", "Discarded, with your reason recorded in the audit trail.");
        } catch (ConsoleApiException refused) {
            refusal(redirect, refused);
        }
        return "redirect:" + LIST + "/{id}";
    }

    /** The shop's destination names, offered in the search form; none when the shop is not configured. */
    private List<String> destinations(String shop) {
        return shops.find(shop).map(ShopConfig::destinations).orElse(List.of()).stream()
                .map(DestinationConfig::name)
                .sorted()
                .toList();
    }

    private static void refusal(RedirectAttributes redirect, ConsoleApiException refused) {
        redirect.addFlashAttribute("error", refused.getMessage());
        redirect.addFlashAttribute("errorCode", refused.status().value() + " · " + refused.code());
    }
}
