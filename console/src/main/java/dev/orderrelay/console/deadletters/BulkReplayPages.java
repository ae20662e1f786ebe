package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.pages.ConsolePage;
import dev.orderrelay.ledger.parked.ReplayJob;
import java.security.Principal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Replay all matching" from the search form (support): first a dry run that counts the parked matches and asks to
 * confirm (audited, like the API's), then the background job over the same filter, then its progress page, which
 * polls a fragment every second until the job is done or failed. The filter travels as the form's own fields, so
 * what is confirmed is exactly what was counted and what the list showed.
 */
@ConsolePage
class BulkReplayPages {

    static final String DRY_RUN = DeadLetterPages.LIST + "/replay/dry-run";
    static final String START = DeadLetterPages.LIST + "/replay";
    static final String JOBS = DeadLetterPages.LIST + "/replays";

    private final BulkReplays replays;

    BulkReplayPages(BulkReplays replays) {
        this.replays = replays;
    }

    @PostMapping(DRY_RUN)
    String dryRun(@ModelAttribute("form") DeadLetterForm form, Principal user, Model model) {
        DeadLetterFilter filter = form.filter().parkedOnly();
        model.addAttribute("count", replays.dryRun(filter, user.getName()));
        model.addAttribute("filter", filter.describe());
        model.addAttribute("shop", filter.shop());
        return "console/dead-letters-replay";
    }

    @PostMapping(START)
    String start(@ModelAttribute("form") DeadLetterForm form, Principal user) {
        ReplayJob job = replays.start(form.filter(), user.getName());
        return "redirect:" + JOBS + "/" + job.id();
    }

    @GetMapping(JOBS + "/{jobId}")
    String job(@PathVariable String jobId, Model model) {
        model.addAttribute("job", replays.job(jobId));
        return "console/replay-progress";
    }

    /** The progress block alone, for the page's htmx polling; it stops polling once the job has ended. */
    @GetMapping(JOBS + "/{jobId}/progress")
    String progress(@PathVariable String jobId, Model model) {
        model.addAttribute("job", replays.job(jobId));
        return "console/replay-progress :: progress";
    }
}
