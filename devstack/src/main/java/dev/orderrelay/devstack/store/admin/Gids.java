package dev.orderrelay.devstack.store.admin;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shopify's global ids, {@code gid://shopify/<Type>/<number>}. */
final class Gids {

    private static final Pattern GID = Pattern.compile("gid://shopify/([A-Za-z]+)/(\\d{1,19})");

    private Gids() {}

    static String of(String type, long id) {
        return "gid://shopify/" + type + "/" + id;
    }

    /**
     * The number of a GID of {@code type}; empty for a well-formed GID of another type (Shopify answers null for
     * it). A malformed one is an error, as with Shopify.
     */
    static OptionalLong number(String gid, String type) {
        Matcher matcher = GID.matcher(gid);
        if (!matcher.matches()) {
            throw new AdminQueryException("Invalid global id '" + gid + "'");
        }
        if (!matcher.group(1).equals(type)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(matcher.group(2)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
