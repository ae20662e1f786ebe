package dev.orderrelay.console.shops;

import java.util.regex.Pattern;

/** The form of a shop in the API: its full {@code *.myshopify.com} domain, lower case, as Shopify sends it. */
public final class ShopDomain {

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}\\.myshopify\\.com");

    private ShopDomain() {}

    public static boolean isValid(String shop) {
        return shop != null && DOMAIN.matcher(shop).matches();
    }

    /** Returns {@code shop} when it is a shop domain; otherwise answers 400 {@code invalid-shop}. */
    public static String require(String shop) {
        if (!isValid(shop)) {
            throw new InvalidShopException(shop);
        }
        return shop;
    }
}
