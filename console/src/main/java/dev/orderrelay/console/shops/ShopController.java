package dev.orderrelay.console.shops;

import dev.orderrelay.console.audit.AuditAction;
import dev.orderrelay.console.audit.AuditTrail;
import dev.orderrelay.ledger.shops.ShopConfig;
import dev.orderrelay.ledger.shops.ShopRegistry;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code GET} and {@code PUT /api/shops/{shop}}: a shop's configuration, read and replaced whole. */
@RestController
class ShopController {

    private static final Logger log = LoggerFactory.getLogger(ShopController.class);

    private final ShopRegistry registry;
    private final ShopDocumentReader reader;
    private final ShopConfigValidator validator;
    private final AuditTrail audit;

    ShopController(ShopRegistry registry, ShopDocumentReader reader, ShopConfigValidator validator, AuditTrail audit) {
        this.registry = registry;
        this.reader = reader;
        this.validator = validator;
        this.audit = audit;
    }

    @GetMapping("/api/shops/{shop}")
    ShopDocument shop(@PathVariable String shop) {
        return registry.find(ShopDomain.require(shop))
                .map(ShopDocument::from)
                .orElseThrow(() -> new ShopNotFoundException(shop));
    }

    /** Replaces the configuration as a whole (admin only), audited; answers with what was saved. */
    @PutMapping(path = "/api/shops/{shop}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ShopDocument replace(@PathVariable String shop, @RequestBody JsonNode body, Principal user) {
        ShopConfig config = validator.validate(shop, reader.read(body));
        registry.save(config);
        log.info(
                "shop configuration replaced shop={} status={} destinations={} by={}",
                config.shop(),
                config.status(),
                config.destinations().size(),
                user.getName());
        // The outcome names what changed in outline; settings are left out (a webhook URL may carry a token).
        audit.record(
                user.getName(),
                AuditAction.SHOP_CONFIG,
                config.shop(),
                config.shop(),
                0,
                "replaced: status=" + config.status() + " destinations="
                        + config.destinations().stream()
                                .map(destination -> destination.name() + "(" + destination.kind() + ")")
                                .toList(),
                null);
        return ShopDocument.from(config);
    }

    /** A body that is not JSON at all is a bad configuration too, answered with the same code. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        InvalidShopConfigException invalid =
                new InvalidShopConfigException("body", "must be a JSON object holding a shop configuration");
        return ResponseEntity.status(invalid.status()).body(invalid.toProblem());
    }
}
