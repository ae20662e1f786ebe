package dev.orderrelay.console.deadletters;

import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
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

    private final ParkedEvents parked;
    private final MessageMasker masker;

    DeadLetterController(ParkedEvents parked, MessageMasker masker) {
        this.parked = parked;
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
        List<DeadLetterView> matching = parked.forShop(filter.shop()).stream()
                .filter(filter::matches)
                .map(DeadLetterView::of)
                .toList();
        return Map.of("deadLetters", matching);
    }

    @GetMapping("/api/dead-letters/{id}")
    DeadLetterDetail deadLetter(@PathVariable String id) {
        ParkedEvent event = find(parked, id);
        MessageMasker.Masked masked = masker.mask(event.message());
        return new DeadLetterDetail(DeadLetterView.of(event), masked.message(), masked.note());
    }

    /** The parked event an API id names; 404 {@code dead-letter-not-found} otherwise. */
    static ParkedEvent find(ParkedEvents parked, String id) {
        DeadLetterId parsed = DeadLetterId.parse(id);
        return parked.find(parsed.shop(), parsed.parkedId()).orElseThrow(() -> new DeadLetterNotFoundException(id));
    }
}
