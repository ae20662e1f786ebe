package dev.orderrelay.console.orders;

import dev.orderrelay.console.pages.ConsolePage;
import dev.orderrelay.ledger.claims.DeliveryRecord;
import dev.orderrelay.ledger.orders.OrderRecord;
import dev.orderrelay.ledger.parked.ParkedEvent;
import dev.orderrelay.ledger.parked.ParkedEvents;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The order lookup ({@code GET /console/orders?shop=&order=}, by id or display name; one match redirects to the
 * order) and an order's page ({@code GET /console/stores/{shop}/orders/{orderId}}): its timeline through every stage
 * and destination, its deliveries with attempts and errors, its refunds and its dead letters. Both a viewer's.
 */
@ConsolePage
class OrderPages {

    /** The most dead letters an order's page lists (one Query on the parked {@code by-order} index). */
    static final int DEAD_LETTERS = 50;

    private final OrderLookup lookup;
    private final OrderReads reads;
    private final ParkedEvents parked;

    OrderPages(OrderLookup lookup, OrderReads reads, ParkedEvents parked) {
        this.lookup = lookup;
        this.reads = reads;
        this.parked = parked;
    }

    @GetMapping("/console/orders")
    String lookup(
            @RequestParam(required = false) String shop,
            @RequestParam(required = false) String order,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("shop", shop == null ? "" : shop.strip());
        model.addAttribute("order", order == null ? "" : order.strip());
        if (blank(shop) || blank(order)) {
            model.addAttribute("matches", List.of());
            model.addAttribute("asked", !blank(shop) || !blank(order));
            return "console/orders";
        }
        List<OrderRecord> matches = lookup.find(shop.strip(), order);
        if (matches.size() == 1) {
            return "redirect:" + path(matches.getFirst());
        }
        if (matches.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("asked", true);
        model.addAttribute("matches", matches);
        return "console/orders";
    }

    @GetMapping("/console/stores/{shop}/orders/{orderId}")
    String order(@PathVariable String shop, @PathVariable String orderId, Model model) {
        OrderRecord order = reads.order(shop, orderId);
        List<DeliveryRecord> deliveries = reads.deliveries(shop, orderId);
        List<ParkedEvent> deadLetters = parked.forOrder(shop, orderId, DEAD_LETTERS + 1);
        List<ParkedEvent> shown = deadLetters.stream().limit(DEAD_LETTERS).toList();
        model.addAttribute(
                "order",
                new OrderPageView(
                        order.shop(),
                        order.orderId(),
                        order.name(),
                        order.state() == null ? null : order.state().name(),
                        order.firstSource(),
                        OrderTimeline.of(order, deliveries, shown),
                        deliveries.stream()
                                .map(DeliveryRow::of)
                                .sorted(DeliveryRow.BY_DESTINATION_THEN_EVENT)
                                .toList(),
                        order.refundIds().stream().sorted().toList(),
                        order.refundAmounts(),
                        order.cancelAmounts(),
                        shown.stream().map(ParkedRow::of).toList(),
                        deadLetters.size() > DEAD_LETTERS));
        return "console/order";
    }

    /** The order page's path, its parts encoded. */
    static String path(OrderRecord order) {
        return UriComponentsBuilder.fromPath("/console/stores/{shop}/orders/{orderId}")
                .buildAndExpand(order.shop(), order.orderId())
                .encode()
                .toUriString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
