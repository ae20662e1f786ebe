package dev.orderrelay.destinations.ga4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderrelay.core.event.OrderEvent;
import dev.orderrelay.core.event.OrderEventJson;
import dev.orderrelay.destinations.DestinationFixtures;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class Ga4ClientIdTests {

    @Test
    void usesTheSitesClientIdWhenTheOrderCarriesIt() {
        assertThat(Ga4ClientId.of(purchase(identity -> {}))).isEqualTo("1234567890.1732442130");
    }

    @Test
    void takesTheClientIdOutOfAWholeGaCookieValue() {
        OrderEvent order = purchase(identity -> identity.put("gaClientId", "GA1.1.1234567890.1732442130"));

        assertThat(Ga4ClientId.of(order)).isEqualTo("1234567890.1732442130");
    }

    @Test
    void derivesAGaShapedIdFromTheCustomerWhenTheSiteGaveNone() {
        OrderEvent order = purchase(identity -> {
            identity.remove("gaClientId");
            identity.put("customerId", "7712340000000001");
        });

        String clientId = Ga4ClientId.of(order);

        assertThat(clientId)
                .matches("\\d{10}\\.\\d{10}")
                .isEqualTo(documentedDerivation("customer:demo.myshopify.com:7712340000000001"));
    }

    @Test
    void givesEveryOrderOfOneCustomerTheSameDerivedId() {
        Consumer<ObjectNode> customer = identity -> {
            identity.remove("gaClientId");
            identity.put("customerId", "7712340000000001");
        };
        OrderEvent first = purchase(customer);
        OrderEvent second = OrderEventJson.fromTree(OrderEventJson.toTree(first).put("orderId", "99"));

        assertThat(Ga4ClientId.of(second)).isEqualTo(Ga4ClientId.of(first));
    }

    @Test
    void derivesAGuestsIdFromShopAndOrderSoARefundMatchesItsPurchase() {
        OrderEvent purchase = purchase(identity -> identity.removeAll());
        ObjectNode refundTree = (ObjectNode) DestinationFixtures.json("order-event-refund-partial-eur.json");
        refundTree.putObject("identity");
        OrderEvent refund = OrderEventJson.fromTree(refundTree);
        OrderEvent otherOrder =
                OrderEventJson.fromTree(OrderEventJson.toTree(purchase).put("orderId", "99"));

        assertThat(Ga4ClientId.of(purchase))
                .isEqualTo(documentedDerivation("order:demo.myshopify.com:5820982911946154508"))
                .isEqualTo(Ga4ClientId.of(refund))
                .isNotEqualTo(Ga4ClientId.of(otherOrder));
    }

    /** The derivation as docs/destinations/ga4.md states it, written apart from the sender's. */
    private static String documentedDerivation(String material) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            BigInteger tenDigits = BigInteger.TEN.pow(10);
            BigInteger first = new BigInteger(1, Arrays.copyOfRange(digest, 0, 8)).mod(tenDigits);
            BigInteger second = new BigInteger(1, Arrays.copyOfRange(digest, 8, 16)).mod(tenDigits);
            return "%010d.%010d".formatted(first, second);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static OrderEvent purchase(Consumer<ObjectNode> identity) {
        ObjectNode tree = (ObjectNode) DestinationFixtures.json("order-event-purchase-eur.json");
        identity.accept((ObjectNode) tree.get("identity"));
        return OrderEventJson.fromTree(tree);
    }
}
