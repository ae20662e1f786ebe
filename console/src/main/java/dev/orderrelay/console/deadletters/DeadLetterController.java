package dev.orderrelay.console.deadletters;

import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dead-letters?shop=&destination=&stage=&reason=}: a shop's parked events, oldest first, read with
 * one Query on the shop's partition and filtered here; {@code reason} matches case-insensitively anywhere in it.
 */
@RestController
class DeadLetterController {

    private final ParkedEvents parked;

    DeadLetterController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping("/api/dead-letters")
    Map<String, List<DeadLetterView>> deadLetters(
            @RequestParam(required = false) String shop,
            @RequestParam(required = false) String destination,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String reason) {
        if (shop == null || shop.isBlank()) {
            throw new ShopRequiredException();
        }
        ShopDomain.require(shop);
        List<DeadLetterView> matching = parked.forShop(shop).stream()
                .filter(event -> destination == null || destination.equals(event.destination()))
                .filter(event -> stage == null || event.stage().name().equalsIgnoreCase(stage))
                .filter(event -> reason == null || contains(event, reason))
                .map(DeadLetterView::of)
                .toList();
        return Map.of("deadLetters", matching);
    }

    private static boolean contains(ParkedEvent event, String text) {
        return event.reason() != null
                && event.reason().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
