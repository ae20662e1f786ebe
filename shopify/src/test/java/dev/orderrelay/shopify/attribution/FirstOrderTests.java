package dev.orderrelay.shopify.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstOrderTests {

    @Test
    void theOrdersOwnPositionDecidesWhenShopifyGivesIt() {
        assertThat(FirstOrder.of(1L, 5L)).isTrue();
        assertThat(FirstOrder.of(2L, 1L)).isFalse();
    }

    @Test
    void theCustomersOrderCountDecidesOtherwise() {
        assertThat(FirstOrder.of(null, 1L)).isTrue();
        assertThat(FirstOrder.of(null, 3L)).isFalse();
        assertThat(FirstOrder.of(0L, 1L)).as("an index that is not a position").isTrue();
    }

    @Test
    void isUnknownWithoutEither() {
        assertThat(FirstOrder.of(null, null)).isNull();
        assertThat(FirstOrder.of(-1L, 0L)).isNull();
    }
}
