package dev.orderrelay.shopify.order;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A shop's rules for its order events, read from its policy map (docs/configuration.md, docs/events.md):
 *
 * <ul>
 *   <li>{@code purchaseOn}: {@code paid} (the default: a purchase when the order is first seen paid or authorized)
 *       or {@code create} (on any first sight);
 *   <li>{@code includeTestOrders}: {@code false} (the default) or {@code true};
 *   <li>{@code excludedChannels}: Shopify {@code source_name} values, comma separated (e.g.
 *       {@code pos,shopify_draft_order}), whose orders send nothing at all; none by default;
 *   <li>{@code currency}: {@code shop} (the default) or {@code presentment}, the currency every amount is reported in.
 * </ul>
 *
 * The worker decides events with it and the reconciler counts its denominator with it, so an order counts as eligible
 * exactly when the worker sends its purchase. Reading is lenient (a value the console would refuse reads as the
 * default); {@link #problems(Map)} is the console's strict check of the same keys.
 */
public record PurchasePolicy(
        boolean onCreate, boolean includeTestOrders, Set<String> excludedChannels, ReportingCurrency currency) {

    public static final String PURCHASE_ON = "purchaseOn";
    public static final String INCLUDE_TEST_ORDERS = "includeTestOrders";
    public static final String EXCLUDED_CHANNELS = "excludedChannels";
    public static final String CURRENCY = "currency";

    /** A {@code source_name} as Shopify writes them: {@code web}, {@code pos}, an app's numeric id, ... */
    private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public PurchasePolicy {
        excludedChannels = Set.copyOf(excludedChannels);
        currency = currency == null ? ReportingCurrency.SHOP : currency;
    }

    /** The purchase rules alone: every channel sent, amounts in the shop's currency. */
    public PurchasePolicy(boolean onCreate, boolean includeTestOrders) {
        this(onCreate, includeTestOrders, Set.of(), ReportingCurrency.SHOP);
    }

    public static PurchasePolicy from(Map<String, String> policy) {
        return new PurchasePolicy(
                "create".equalsIgnoreCase(policy.getOrDefault(PURCHASE_ON, "paid")),
                Boolean.parseBoolean(policy.getOrDefault(INCLUDE_TEST_ORDERS, "false")),
                channels(policy.getOrDefault(EXCLUDED_CHANNELS, "")),
                ReportingCurrency.fromPolicyValue(policy.get(CURRENCY)).orElse(ReportingCurrency.SHOP));
    }

    /**
     * What is wrong with the values of the keys this policy knows, by field ({@code policy.currency}) in key order;
     * empty when nothing is. Other keys are not this policy's to judge.
     */
    public static Map<String, String> problems(Map<String, String> policy) {
        Map<String, String> problems = new LinkedHashMap<>();
        String purchaseOn = policy.get(PURCHASE_ON);
        if (purchaseOn != null && !purchaseOn.equalsIgnoreCase("paid") && !purchaseOn.equalsIgnoreCase("create")) {
            problems.put(field(PURCHASE_ON), "must be paid or create, got '" + purchaseOn + "'");
        }
        String includeTest = policy.get(INCLUDE_TEST_ORDERS);
        if (includeTest != null && !includeTest.equalsIgnoreCase("true") && !includeTest.equalsIgnoreCase("false")) {
            problems.put(field(INCLUDE_TEST_ORDERS), "must be true or false, got '" + includeTest + "'");
        }
        String channels = policy.get(EXCLUDED_CHANNELS);
        if (channels != null) {
            for (String channel : channels.split(",", -1)) {
                if (!channel.isBlank() && !CHANNEL.matcher(channel.trim()).matches()) {
                    problems.put(
                            field(EXCLUDED_CHANNELS),
                            "must be Shopify source_name values separated by commas (each 1-64 letters, digits, '_',"
                                    + " '.' or '-', e.g. pos,shopify_draft_order), got '" + channels + "'");
                    break;
                }
            }
        }
        String currency = policy.get(CURRENCY);
        if (currency != null && ReportingCurrency.fromPolicyValue(currency).isEmpty()) {
            problems.put(field(CURRENCY), "must be shop or presentment, got '" + currency + "'");
        }
        return problems;
    }

    /** Whether the shop keeps this sales channel out; an order that names no channel is never excluded. */
    public boolean isExcluded(String sourceName) {
        return sourceName != null && excludedChannels.contains(sourceName.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether an order may send anything at all: not a test order the shop leaves out, not from an excluded channel.
     * When it may not, it sends no purchase, no refund and no cancellation.
     */
    public boolean sendsEventsFor(boolean test, String sourceName) {
        return (includeTestOrders || !test) && !isExcluded(sourceName);
    }

    /** Whether this sight of {@code order} makes it a purchase; the ledger then keeps it to one per destination. */
    public boolean isPurchase(ShopifyOrder order) {
        return isPurchase(order.test(), order.sourceName(), order.financialStatus());
    }

    /**
     * The same for an order known by its test flag, sales channel and lower-case financial status, as listings give
     * them.
     */
    public boolean isPurchase(boolean test, String sourceName, String financialStatus) {
        if (!sendsEventsFor(test, sourceName)) {
            return false;
        }
        return onCreate || ShopifyOrder.isPaidOrAuthorized(financialStatus);
    }

    private static Set<String> channels(String value) {
        Set<String> channels = new LinkedHashSet<>();
        for (String channel : value.split(",")) {
            if (!channel.isBlank()) {
                channels.add(channel.trim().toLowerCase(Locale.ROOT));
            }
        }
        return channels;
    }

    private static String field(String key) {
        return "policy." + key;
    }
}
