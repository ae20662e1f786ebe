package dev.orderrelay.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The module's JSON fixtures from {@code src/test/resources/fixtures/}, with a shop of the test's own. */
public final class ConsoleFixtures {

    /** The placeholder fixtures use for the shop domain. */
    private static final String SHOP_PLACEHOLDER = "{{shop}}";

    private ConsoleFixtures() {}

    /** A shop domain no other test uses, e.g. {@code t-1a2b3c4d.myshopify.com}. */
    public static String freshShop() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8) + ".myshopify.com";
    }

    /** The fixture's text with {@code {{shop}}} replaced by {@code shop}. */
    public static String forShop(String fixture, String shop) {
        return read(fixture).replace(SHOP_PLACEHOLDER, shop);
    }

    private static String read(String fixture) {
        String path = "/fixtures/" + fixture;
        try (InputStream in = ConsoleFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
