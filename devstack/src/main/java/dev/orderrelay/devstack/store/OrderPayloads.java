package dev.orderrelay.devstack.store;

import static java.time.temporal.ChronoUnit.SECONDS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds orders as Shopify's REST {@code orders/create} and {@code orders/paid} payloads (snake_case, prices as
 * decimal strings that add up, ids as JSON numbers above 2^53). Every random choice comes from one seeded
 * {@link Random}, so the same seed and the same calls give the same orders.
 */
final class OrderPayloads {

    /** The id of Shopify's sample order; ours start near it and increase. */
    static final long SAMPLE_ORDER_ID = 820_982_911_946_154_508L;

    static final ZoneOffset SHOP_OFFSET = ZoneOffset.ofHours(-5);
    static final DateTimeFormatter SHOP_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private static final String CURRENCY = MoneySets.SHOP_CURRENCY;
    private static final BigDecimal TAX_RATE = new BigDecimal("0.08");
    private static final BigDecimal DISCOUNT_RATE = new BigDecimal("0.10");
    private static final BigDecimal FREE_SHIPPING_FROM = new BigDecimal("100.00");
    private static final BigDecimal SHIPPING = new BigDecimal("5.00");
    /** The demo GA4 stream's measurement id without {@code G-}, as its session cookie {@code _ga_<id>} has it. */
    private static final String GA_CONTAINER = "DEMO1234XY";

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Random random;
    private final double largeOrderRate;
    private final LineItemPayloads lineItems;
    private long lastOrderId;
    private int lastNumber = 1000;
    private ObjectNode previousCustomer;

    OrderPayloads(long seed, double largeOrderRate) {
        this.random = new Random(seed);
        this.largeOrderRate = largeOrderRate;
        this.lineItems = new LineItemPayloads(random);
        // Seeds get disjoint id ranges, so runs with different seeds never collide in a persistent ledger.
        this.lastOrderId = SAMPLE_ORDER_ID + Math.floorMod(seed, 1_000_000L) * 1_000_000L;
    }

    synchronized OrderShape randomShape() {
        return random.nextDouble() < largeOrderRate ? OrderShape.LARGE : OrderShape.SMALL;
    }

    /** Whether a delivery is sent twice; drawn here so the whole run follows one seed. */
    synchronized boolean chance(double rate) {
        return random.nextDouble() < rate;
    }

    synchronized CreatedOrder create(OrderShape shape, Instant now) {
        return create(shape, new OrderTraits(now, false, null));
    }

    /** An order with the given traits; a null financial status is drawn at random, as for any order. */
    synchronized CreatedOrder create(OrderShape shape, OrderTraits traits) {
        long id = lastOrderId += 1 + random.nextInt(4096);
        int number = ++lastNumber;
        OffsetDateTime createdAt = traits.createdAt().atOffset(SHOP_OFFSET).truncatedTo(SECONDS);
        // Drawn even when forced, so forcing it leaves every later random choice as it was.
        String drawn = random.nextBoolean() ? "paid" : "pending";
        String financialStatus = traits.financialStatus() != null ? traits.financialStatus() : drawn;

        ObjectNode order = mapper.createObjectNode();
        order.put("id", id);
        order.put("admin_graphql_api_id", "gid://shopify/Order/" + id);
        order.put("name", "#" + number);
        order.put("order_number", number);
        order.put("confirmation_number", ShopCatalogue.alphanumeric(random, 9).toUpperCase(Locale.ROOT));
        order.put("created_at", SHOP_TIME.format(createdAt));
        order.put("updated_at", SHOP_TIME.format(createdAt));
        order.put("processed_at", SHOP_TIME.format(createdAt));
        order.putNull("cancelled_at");
        order.putNull("cancel_reason");
        order.put("test", traits.test());
        order.put("source_name", "web");
        order.put("financial_status", financialStatus);
        order.putNull("fulfillment_status");
        order.put("currency", CURRENCY);
        order.put("taxes_included", false);
        String presentment = random.nextInt(5) == 0 ? "EUR" : CURRENCY;
        order.put("presentment_currency", presentment);

        BigDecimal lineTotal = lineItems.write(order.putArray("line_items"), shape);
        String total = writeTotals(order, lineTotal, presentment);
        writeCustomer(order, number);
        writeAttribution(order, number);
        return new CreatedOrder(
                id,
                number,
                "#" + number,
                createdAt,
                financialStatus,
                total,
                CURRENCY,
                shape == OrderShape.LARGE,
                traits.test(),
                order);
    }

    /**
     * The same order once paid; its {@code updated_at} is always later than the previous version's. An order paid at
     * checkout and refunded before its {@code orders/paid} fired keeps its refund status.
     */
    ObjectNode paid(ObjectNode previous, Instant now) {
        ObjectNode order = previous.deepCopy();
        String status = previous.get("financial_status").asString();
        if ("pending".equals(status) || "authorized".equals(status)) {
            order.put("financial_status", "paid");
        }
        OrderChanges.stamp(order, now);
        return order;
    }

    byte[] bytes(ObjectNode order) {
        return mapper.writeValueAsBytes(order);
    }

    private String writeTotals(ObjectNode order, BigDecimal lineTotal, String presentment) {
        BigDecimal discount = BigDecimal.ZERO.setScale(2);
        if (random.nextInt(4) == 0) {
            discount = lineTotal.multiply(DISCOUNT_RATE).setScale(2, RoundingMode.HALF_EVEN);
            ObjectNode code = order.putArray("discount_codes").addObject();
            code.put("code", "WELCOME10")
                    .put("amount", discount.toPlainString())
                    .put("type", "percentage");
            order.putArray("discount_applications")
                    .addObject()
                    .put("type", "discount_code")
                    .put("code", "WELCOME10")
                    .put("value", "10.0")
                    .put("value_type", "percentage")
                    .put("allocation_method", "across")
                    .put("target_selection", "all")
                    .put("target_type", "line_item");
        } else {
            order.putArray("discount_codes");
            order.putArray("discount_applications");
        }
        BigDecimal subtotal = lineTotal.subtract(discount);
        BigDecimal tax = subtotal.multiply(TAX_RATE).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal shipping = subtotal.compareTo(FREE_SHIPPING_FROM) >= 0 ? BigDecimal.ZERO.setScale(2) : SHIPPING;
        BigDecimal total = subtotal.add(tax).add(shipping);

        order.put("total_line_items_price", lineTotal.toPlainString());
        order.put("total_discounts", discount.toPlainString());
        order.put("subtotal_price", subtotal.toPlainString());
        order.put("total_tax", tax.toPlainString());
        order.put("total_price", total.toPlainString());
        order.put("current_total_price", total.toPlainString());
        MoneySets.put(order, "total_price_set", total, presentment);
        MoneySets.put(order, "current_total_price_set", total, presentment);
        MoneySets.put(order, "subtotal_price_set", subtotal, presentment);
        MoneySets.put(order, "total_tax_set", tax, presentment);
        MoneySets.put(order, "total_discounts_set", discount, presentment);
        MoneySets.put(order, "total_line_items_price_set", lineTotal, presentment);
        MoneySets.put(order, "total_shipping_price_set", shipping, presentment);

        ObjectNode taxLine = order.putArray("tax_lines").addObject();
        taxLine.put("title", "NY State Tax").put("rate", TAX_RATE).put("price", tax.toPlainString());
        ObjectNode shippingLine = order.putArray("shipping_lines").addObject();
        shippingLine.put("id", 4_567_890_000_000L + random.nextInt(1_000_000));
        shippingLine.put("title", "Standard").put("code", "STANDARD").put("source", "shopify");
        shippingLine.put("price", shipping.toPlainString()).put("discounted_price", shipping.toPlainString());
        LineAmounts.allocate((ArrayNode) order.get("line_items"), discount, tax, TAX_RATE, presentment);
        return total.toPlainString();
    }

    /**
     * Customer PII: written into payloads only, never logged. Every fourth order is a repeat buyer: the previous
     * order's customer orders again, so the Admin API shows customers with more than one order. Chosen by order
     * number, not drawn, so the seed's other choices stay as they were.
     */
    private void writeCustomer(ObjectNode order, int number) {
        String email = "buyer." + number + "@example.com";
        long customerId = 6_940_095_000_000L + random.nextInt(100_000_000);
        String firstName = ShopCatalogue.firstName(random);
        String lastName = ShopCatalogue.lastName(random);
        if (number % 4 == 0 && previousCustomer != null) {
            email = previousCustomer.get("email").asString();
            customerId = previousCustomer.get("id").asLong();
            firstName = previousCustomer.get("first_name").asString();
            lastName = previousCustomer.get("last_name").asString();
        }
        order.put("email", email);
        ObjectNode customer = order.putObject("customer");
        customer.put("id", customerId);
        customer.put("admin_graphql_api_id", "gid://shopify/Customer/" + customerId);
        customer.put("email", email);
        customer.put("first_name", firstName);
        customer.put("last_name", lastName);
        previousCustomer = customer.deepCopy();
    }

    /**
     * Where the buyer came from, as a storefront records it: a campaign landing page (UTMs, a Google click id on most
     * paid-search visits) and its referrer, except every fifth order, a direct visit without either; and the cart
     * attributes a storefront's tracking script adds: the {@code _ga} cookie, the GA4 session (half the orders, as a
     * plain id or as the stream's {@code _ga_<container>} cookie), and on some orders a Segment anonymous id or an
     * Amplitude device id (derived from the order id, not drawn).
     */
    private void writeAttribution(ObjectNode order, int number) {
        ShopCatalogue.Campaign campaign = ShopCatalogue.campaign(random);
        String landing = "/products/featured?utm_source=" + campaign.source() + "&utm_medium=" + campaign.medium()
                + "&utm_campaign=" + campaign.campaign();
        if (campaign.paidSearch() && random.nextInt(4) != 0) {
            landing += "&gclid=" + ShopCatalogue.gclid(random);
        }
        boolean direct = number % 5 == 0;
        order.put("landing_site", direct ? "/collections/new-arrivals" : landing);
        if (direct) {
            order.putNull("referring_site");
        } else {
            order.put("referring_site", campaign.referringSite());
        }
        long id = order.get("id").asLong();
        ArrayNode attributes = order.putArray("note_attributes");
        attributes.addObject().put("name", "_ga").put("value", "GA1.1." + ShopCatalogue.gaClientId(random));
        if (random.nextBoolean()) {
            long session = 1_760_000_000L + random.nextInt(9_999_999);
            if (number % 2 == 0) {
                attributes.addObject().put("name", "_ga_session_id").put("value", Long.toString(session));
            } else {
                attributes
                        .addObject()
                        .put("name", "_ga_" + GA_CONTAINER)
                        .put("value", "GS2.1.s" + session + "$o1$g1$t" + (session + 240) + "$j60$l0$h0");
            }
        }
        if (number % 3 == 0) {
            attributes.addObject().put("name", "ajs_anonymous_id").put("value", derivedId("segment", id));
        } else if (number % 3 == 1) {
            attributes.addObject().put("name", "amplitude_device_id").put("value", derivedId("amplitude", id));
        }
    }

    private static String derivedId(String kind, long orderId) {
        return UUID.nameUUIDFromBytes((kind + ":" + orderId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
