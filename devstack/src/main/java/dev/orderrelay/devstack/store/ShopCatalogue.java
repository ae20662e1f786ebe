package dev.orderrelay.devstack.store;

import dev.orderrelay.devstack.store.admin.ProductSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The made-up shop behind the simulated orders: products with non-ASCII titles, customers, and the campaigns that
 * brought them. Every pick goes through the caller's seeded {@link Random}, so a seed replays the same orders.
 */
final class ShopCatalogue {

    /** A variant for sale. */
    record Product(long productId, long variantId, String sku, String title, String variantTitle, String price) {
        BigDecimal unitPrice() {
            return new BigDecimal(price);
        }
    }

    /** Where a visitor came from, as utm parameters on the landing page plus the referrer. */
    record Campaign(String source, String medium, String campaign, String referringSite, boolean paidSearch) {}

    private static final List<Product> PRODUCTS = List.of(
            new Product(7_981_120_143_389L, 43_512_331_001_117L, "CRM-BRL-01", "Crème brûlée candle", "Large", "24.00"),
            new Product(7_981_120_176_157L, 43_512_331_033_885L, "TKY-TEE-M", "東京 tee", "M / 黒", "32.50"),
            new Product(7_981_120_208_925L, 43_512_331_066_653L, "GFT-WRP-01", "🎁 Gift wrap", "Default Title", "4.99"),
            new Product(7_981_120_241_693L, 43_512_331_099_421L, "ORS-SCK-42", "Ørsted wool socks", "42–44", "18.00"),
            new Product(7_981_120_274_461L, 43_512_331_132_189L, "CAF-MUG-01", "Café au lait mug", "Cream", "14.25"),
            new Product(7_981_120_307_229L, 43_512_331_164_957L, "PLN-TEE-L", "Plain white tee", "L", "19.99"),
            new Product(
                    7_981_120_339_997L, 43_512_331_197_725L, "PNT-KIT-01", "Piñata kit 🎉", "Default Title", "39.00"),
            new Product(7_981_120_372_765L, 43_512_331_230_493L, "STR-CAP-01", "Straße cap", "Navy", "27.75"));

    // Product types live in the Admin API only (REST line items have none); keyed by product id.
    private static final Map<Long, String> PRODUCT_TYPES = Map.of(
            7_981_120_143_389L, "Candles",
            7_981_120_176_157L, "T-Shirts",
            7_981_120_208_925L, "Gift Wrap",
            7_981_120_241_693L, "Socks",
            7_981_120_274_461L, "Mugs",
            7_981_120_307_229L, "T-Shirts",
            7_981_120_339_997L, "Party Supplies",
            7_981_120_372_765L, "Hats");

    /** A category of Shopify's standard product taxonomy. */
    private record Category(String id, String name, String fullName) {}

    // Standard taxonomy categories, also Admin API only; the gift wrap has none, as many real products have none.
    private static final Map<Long, Category> CATEGORIES = Map.of(
            7_981_120_143_389L,
            new Category("hg-3-8-1", "Candles", "Home & Garden > Decor > Home Fragrances > Candles"),
            7_981_120_176_157L,
            new Category("aa-1-13-8", "T-Shirts", "Apparel & Accessories > Clothing > Clothing Tops > T-Shirts"),
            7_981_120_241_693L,
            new Category("aa-1-16-6", "Socks", "Apparel & Accessories > Clothing > Underwear & Socks > Socks"),
            7_981_120_274_461L,
            new Category("hg-11-10-5-5", "Mugs", "Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs"),
            7_981_120_307_229L,
            new Category("aa-1-13-8", "T-Shirts", "Apparel & Accessories > Clothing > Clothing Tops > T-Shirts"),
            7_981_120_339_997L,
            new Category(
                    "ae-2-1-14", "Piñatas", "Arts & Entertainment > Party & Celebration > Party Supplies > Piñatas"),
            7_981_120_372_765L,
            new Category(
                    "aa-2-17-1",
                    "Baseball Caps",
                    "Apparel & Accessories > Clothing Accessories > Hats > Baseball Caps"));

    private static final List<String> FIRST_NAMES =
            List.of("Zoë", "José", "Aiko", "Liam", "Søren", "Amélie", "Noah", "Priya", "Łukasz", "Mei");
    private static final List<String> LAST_NAMES =
            List.of("Müller", "García", "Tanaka", "O'Brien", "Nguyen", "Dubois", "Kowalski", "Smith", "Øberg");

    private static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign("google", "cpc", "autumn_sale", "https://www.google.com/", true),
            new Campaign("facebook", "paid_social", "retargeting_q4", "https://l.facebook.com/", false),
            new Campaign("newsletter", "email", "weekly_digest", "https://mail.example.com/", false),
            new Campaign("instagram", "social", "creator_collab", "https://l.instagram.com/", false),
            new Campaign("bing", "cpc", "brand_terms", "https://www.bing.com/", true));

    private static final List<String> ENGRAVING_WORDS = List.of(
            "joyeux",
            "anniversaire",
            "für",
            "immer",
            "crème",
            "brûlée",
            "東京",
            "ありがとう",
            "with",
            "love",
            "🎂",
            "from",
            "all",
            "of",
            "us",
            "señora",
            "niño",
            "smörgåsbord");

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private ShopCatalogue() {}

    static Product product(Random random) {
        return pick(PRODUCTS, random);
    }

    /** The product's type as the Admin API shows it, empty text for a product the catalogue does not have. */
    static String productType(long productId) {
        return PRODUCT_TYPES.getOrDefault(productId, "");
    }

    /** The product as the Admin API's {@code nodes} shows it, with its taxonomy category if it has one. */
    static Optional<ProductSnapshot> snapshot(long productId) {
        return PRODUCTS.stream()
                .filter(product -> product.productId() == productId)
                .findFirst()
                .map(product -> {
                    Category category = CATEGORIES.get(productId);
                    return new ProductSnapshot(
                            productId,
                            product.title(),
                            productType(productId),
                            category == null ? null : category.id(),
                            category == null ? null : category.name(),
                            category == null ? null : category.fullName());
                });
    }

    static String firstName(Random random) {
        return pick(FIRST_NAMES, random);
    }

    static String lastName(Random random) {
        return pick(LAST_NAMES, random);
    }

    static Campaign campaign(Random random) {
        return pick(CAMPAIGNS, random);
    }

    /** A Google click id such as the ones Ads appends to landing pages. */
    static String gclid(Random random) {
        return "Cj0KCQjw" + alphanumeric(random, 40);
    }

    /** A GA4 client id as the storefront passes it in a cart attribute: random part, dot, timestamp part. */
    static String gaClientId(Random random) {
        return (1_000_000_000L + random.nextInt(900_000_000)) + "." + (1_700_000_000L + random.nextInt(99_999_999));
    }

    /** Gift-message text of about {@code chars} characters, multilingual so large bodies are not ASCII either. */
    static String engraving(Random random, int chars) {
        StringBuilder text = new StringBuilder(chars + 16);
        while (text.length() < chars) {
            text.append(pick(ENGRAVING_WORDS, random)).append(' ');
        }
        return text.toString().trim();
    }

    static String alphanumeric(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
