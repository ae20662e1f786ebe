package dev.orderrelay.console.deadletters;

import dev.orderrelay.ledger.parked.ReplayJob;
import java.net.URI;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dead-letters/replay?shop=&destination=&stage=&reason=[&dryRun=true]} (support): the list's
 * filter, over one shop's parked events only ({@code shop} is required: a replay never crosses shops). A dry run
 * answers the count and changes nothing; otherwise a background job replays every match, answered 202 with its id
 * and count; {@code GET /api/dead-letters/replays/{jobId}} (support) reports its progress. Both are audited.
 */
@RestController
class BulkReplayController {

    static final String JOBS_PATH = "/api/dead-letters/replays/";

    private final BulkReplays replays;

    BulkReplayController(BulkReplays replays) {
        this.replays = replays;
    }

    @PostMapping("/api/dead-letters/replay")
    ResponseEntity<Map<String, Object>> replay(
            @RequestParam(required = false) String shop,
            @RequestParam(required = false) String destination,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean dryRun,
            Principal user) {
        DeadLetterFilter filter = DeadLetterFilter.of(shop, destination, stage, reason, null);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (dryRun) {
            answer.put("dryRun", true);
            answer.put("count", replays.dryRun(filter, user.getName()));
            answer.put("filter", filter.describe());
            return ResponseEntity.ok(answer);
        }
        ReplayJob job = replays.start(filter, user.getName());
        answer.put("id", job.id());
        answer.put("count", job.total());
        answer.put("filter", job.filter());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(JOBS_PATH + job.id()))
                .body(answer);
    }

    @GetMapping(JOBS_PATH + "{jobId}")
    ReplayJobView job(@PathVariable String jobId) {
        return replays.job(jobId);
    }
}
