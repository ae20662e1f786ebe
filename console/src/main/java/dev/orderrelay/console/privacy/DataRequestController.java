package dev.orderrelay.console.privacy;

import dev.orderrelay.console.audit.AuditAction;
import dev.orderrelay.console.audit.AuditTrail;
import dev.orderrelay.console.shops.ShopDomain;
import dev.orderrelay.ledger.privacy.DataRequestExports;
import java.security.Principal;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exports answering Shopify's {@code customers/data_request}, which the worker stores (support only: an export
 * is a customer's personal data, unmasked, to be passed to the merchant).
 * {@code GET /api/privacy/shops/{shop}/data-requests}: the shop's exports that have not expired, newest first, without
 * their content. {@code GET /api/privacy/shops/{shop}/data-requests/{id}}: one export's document, by Shopify's data
 * request id; every such read is audited. Both read by key.
 */
@RestController
class DataRequestController {

    /** What Shopify's data request ids look like; anything else cannot be stored, so it is not looked up. */
    private static final Pattern REQUEST_ID = Pattern.compile("[0-9]{1,30}");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataRequestExports exports;
    private final AuditTrail audit;

    DataRequestController(DataRequestExports exports, AuditTrail audit) {
        this.exports = exports;
        this.audit = audit;
    }

    @GetMapping("/api/privacy/shops/{shop}/data-requests")
    DataRequestListView list(@PathVariable String shop) {
        ShopDomain.require(shop);
        return new DataRequestListView(
                shop, exports.forShop(shop).stream().map(DataRequestView::of).toList());
    }

    @GetMapping("/api/privacy/shops/{shop}/data-requests/{id}")
    JsonNode export(@PathVariable String shop, @PathVariable String id, Principal user) {
        ShopDomain.require(shop);
        if (!REQUEST_ID.matcher(id).matches()) {
            throw new DataRequestNotFoundException(shop, "(malformed id)");
        }
        DataRequestExports.Stored stored =
                exports.find(shop, id).orElseThrow(() -> new DataRequestNotFoundException(shop, id));
        audit.record(user.getName(), AuditAction.DATA_REQUEST_READ, shop, "data request " + id, 1, "read", null);
        return JSON.readTree(stored.document());
    }
}
