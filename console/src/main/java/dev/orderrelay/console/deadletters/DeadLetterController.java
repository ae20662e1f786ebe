package dev.orderrelay.console.deadletters;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dead-letters?shop=&destination=&stage=&reason=&status=}: a shop's dead letters, oldest first,
 * read with one Query on the shop's partition and filtered here; {@code reason} matches case-insensitively anywhere
 * in it; {@code status} is {@code parked} unless given ({@code replayed}, {@code discarded}, or {@code all}). And
 * {@code GET /api/dead-letters/{id}}: one dead letter with its message, customer data masked (support only).
 */
@RestController
class DeadLetterController {

    private final DeadLetterSearch search;
    private final DeadLetterActions actions;
    private final MessageMasker masker;

    DeadLetterController(DeadLetterSearch search, DeadLetterActions actions, MessageMasker masker) {
        this.search = search;
        this.actions = actions;
        this.masker = masker;
    }

    @GetMapping("/api/dead-letters")
    Map<String, List<DeadLetterView>> deadLetters(
            @RequestParam(required = false) String shop,
            @RequestParam(required = false) String destination,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String status) {
        DeadLetterFilter filter = DeadLetterFilter.of(shop, destination, stage, reason, status);
        return Map.of("deadLetters", search.all(filter));
    }

    @GetMapping("/api/dead-letters/{id}")
    DeadLetterDetail deadLetter(@PathVariable String id) {
        return DeadLetterDetail.of(actions.find(id), masker);
    }
}
